package org.pathways.employers.web;

import java.io.IOException;
import java.util.List;

import org.pathways.employers.CriticalJobImport;
import org.pathways.employers.EmployerImport;
import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Uploads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Employers or critical jobs from a spreadsheet: all rows or none, every problem named by row and column. */
@Controller
@Editors
class EmployerImportPages {

    private final EmployerImport employerImport;
    private final CriticalJobImport criticalJobImport;

    EmployerImportPages(EmployerImport employerImport, CriticalJobImport criticalJobImport) {
        this.employerImport = employerImport;
        this.criticalJobImport = criticalJobImport;
    }

    @GetMapping("/employers/import")
    String importForm(Model model) {
        model.addAttribute("kind", "EMPLOYERS");
        return "employers/import";
    }

    @PostMapping("/employers/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                      @RequestParam(defaultValue = "EMPLOYERS") String kind, @RequestParam(defaultValue = "false") boolean allowSameNames,
                      Model model) throws IOException {
        boolean jobs = "CRITICAL_JOBS".equals(kind);
        model.addAttribute("kind", jobs ? "CRITICAL_JOBS" : "EMPLOYERS");
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "employerImport.noFile");
            return "employers/import";
        }
        model.addAttribute("report", Uploads.withSaved(List.of(file), saved -> jobs ? criticalJobImport.importFile(saved.get(0))
                : employerImport.importFile(saved.get(0), allowSameNames)));
        model.addAttribute("fileName", Uploads.safeName(file.getOriginalFilename(), 0));
        return "employers/import";
    }
}
