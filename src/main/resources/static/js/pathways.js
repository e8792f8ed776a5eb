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
  // Select the whole new API token when it gets focus, so it is easy to copy.
  const token = document.getElementById('new-token');
  if (token) {
    token.addEventListener('focus', () => token.select());
    token.focus();
  }
});
