// Behaviour for server-rendered pages; no inline scripts anywhere (the Content-Security-Policy forbids them).
document.addEventListener('DOMContentLoaded', () => {
  // Simple bar charts described by data attributes: data-chart-labels / data-chart-values separated by '|'.
  document.querySelectorAll('canvas[data-chart-labels]').forEach((canvas) => {
    if (typeof Chart === 'undefined') {
      return;
    }
    const labels = canvas.dataset.chartLabels ? canvas.dataset.chartLabels.split('|') : [];
    const values = canvas.dataset.chartValues ? canvas.dataset.chartValues.split('|').map(Number) : [];
    new Chart(canvas, {
      type: 'bar',
      data: { labels, datasets: [{ label: canvas.dataset.chartSeries || '', data: values, backgroundColor: '#1d4e5f' }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  });
  // Grouped bar charts: data-chart-json = {"labels": [...], "series": [{"label": "...", "values": [n or null, ...]}]}.
  // A null value is a figure withheld under the confidentiality rule; the table beside the chart says why.
  const palette = ['#1d4e5f', '#c56a1d', '#5b7f2a', '#7a4f9a', '#8a2f3c', '#3a6fb0'];
  document.querySelectorAll('canvas[data-chart-json]').forEach((canvas) => {
    if (typeof Chart === 'undefined') {
      return;
    }
    const chart = JSON.parse(canvas.dataset.chartJson);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.labels,
        datasets: chart.series.map((series, i) => ({ label: series.label, data: series.values, backgroundColor: palette[i % palette.length] })),
      },
      // on a phone the occupations go down the side, where their names fit, instead of under bars too narrow to label
      options: window.matchMedia('(max-width: 575.98px)').matches
        ? { indexAxis: 'y', maintainAspectRatio: false, scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } } }
        : { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  });
  // A form's summary of problems names the field of each, from the field's own label (or its group's legend).
  document.querySelectorAll('[data-error-summary] a[href^="#"]').forEach((link) => {
    const field = document.getElementById(link.getAttribute('href').substring(1));
    if (!field) {
      return;
    }
    const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`) || field.closest('fieldset')?.querySelector('legend');
    if (label && label.textContent.trim()) {
      link.textContent = `${label.textContent.trim()}: ${link.textContent}`;
    }
  });
  // Pages where a person types at length warn before they leave with changes not saved (data-warn-unsaved on the form).
  document.querySelectorAll('form[data-warn-unsaved]').forEach((form) => {
    let changed = false;
    form.addEventListener('input', () => { changed = true; });
    form.addEventListener('submit', () => { changed = false; });
    window.addEventListener('beforeunload', (event) => {
      if (changed) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  });
  // Select the whole new API token when it gets focus, so it is easy to copy.
  document.querySelectorAll('input[data-select-on-focus]').forEach((input) => input.addEventListener('focus', () => input.select()));
  const token = document.getElementById('new-token');
  if (token) {
    token.addEventListener('focus', () => token.select());
    token.focus();
  }
});

// Copy buttons beside a link (data-copy="inputId"): the link goes to the clipboard and the button says so.
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-copy]');
  const input = button && document.getElementById(button.dataset.copy);
  if (!input || !navigator.clipboard) {
    return;
  }
  navigator.clipboard.writeText(input.value).then(() => {
    const label = button.textContent;
    button.textContent = button.dataset.copied;
    setTimeout(() => { button.textContent = label; }, 2000);
  });
});

// Pickers inside forms: a click on a result fills the input the result list is for (data-pick-into="inputId").
document.addEventListener('click', (event) => {
  const item = event.target.closest('[data-pick-into] [data-code]');
  if (!item) {
    return;
  }
  const box = item.closest('[data-pick-into]');
  const input = document.getElementById(box.dataset.pickInto);
  if (input) {
    event.preventDefault();
    // An input with data-pick-append collects several codes ("39049, 39041"): the last typed word is replaced.
    if (input.hasAttribute('data-pick-append')) {
      const kept = input.value.split(/[,;\s]+/).filter((part) => /^\d{5}$/.test(part) && part !== item.dataset.code);
      input.value = kept.concat(item.dataset.code).join(', ');
    } else if (box.hasAttribute('data-pick-title')) {
      // filters take the name a person reads ("Franklin County, OH"); the server finds the code again
      input.value = item.dataset.title;
    } else {
      input.value = item.dataset.code;
    }
    // a competency fills its name and its kind too (data-pick-title-into, data-pick-kind-into)
    const title = box.dataset.pickTitleInto && document.getElementById(box.dataset.pickTitleInto);
    if (title) {
      title.value = item.dataset.title;
    }
    const kind = box.dataset.pickKindInto && document.getElementById(box.dataset.pickKindInto);
    if (kind && item.dataset.kind) {
      kind.value = item.dataset.kind;
    }
    if (title) {
      box.innerHTML = '';
    }
    (title || input).focus();
  }
});

// Typing a competency's name again forgets the O*NET element picked before (data-clears="the element id's input")
document.addEventListener('input', (event) => {
  const typed = event.target.closest('[data-clears]');
  const element = typed && document.getElementById(typed.dataset.clears);
  if (element) {
    element.value = '';
  }
});

// A form that removes or ends something asks first, naming what will happen (data-confirm, written by the server in the
// person's language). Without scripts the form submits at once, as a plain form does.
document.addEventListener('submit', (event) => {
  const form = event.target.closest('form[data-confirm]');
  if (form && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// A success measure's target shows its unit beside it ("%", "people", "days at most"), following the measure chosen.
document.addEventListener('change', (event) => {
  const select = event.target.closest('select[data-unit-into]');
  if (!select) {
    return;
  }
  const unit = document.getElementById(select.dataset.unitInto);
  const chosen = select.selectedOptions[0];
  if (unit) {
    unit.textContent = chosen && chosen.dataset.unit ? chosen.dataset.unit : '…';
  }
});
