package org.pathways.reference.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Uploads;
import org.pathways.reference.ImportReport;
import org.pathways.reference.ReferenceData;
import org.pathways.reference.importing.ReferenceImporter.SourceFile;
import org.pathways.platform.Permissions.PlatformAdmins;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Platform administrators see every loaded release and import official files by upload. */
@Controller
@PlatformAdmins
class ReferenceAdminPages {

    private final ReferenceData referenceData;

    ReferenceAdminPages(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/admin/reference")
    String releases(Model model) {
        model.addAttribute("releases", referenceData.releases());
        return "reference/admin";
    }

    @PostMapping("/admin/reference/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream()
                .filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("problem", "reference.upload.noFiles");
        } else {
            model.addAttribute("report", importUploads(chosen, referenceData, PathwaysUser.current().username()));
        }
        model.addAttribute("releases", referenceData.releases());
        return "reference/admin";
    }

    /** Uploads are saved under their own names in one temporary folder, so O*NET files find their Read Me. */
    static ImportReport importUploads(List<MultipartFile> uploads, ReferenceData referenceData, String who) throws IOException {
        return Uploads.withSaved(uploads, saved -> referenceData.importFiles(saved.stream()
                .map(path -> new SourceFile(path, path.getFileName().toString())).sorted(Comparator.comparing(SourceFile::displayName)).toList(), who));
    }
}
