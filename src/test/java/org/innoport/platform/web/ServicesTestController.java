package org.innoport.platform.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.platform.FileStore;
import org.innoport.shared.Money;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints standing in for the modules that will use the platform services: they echo bound text
 * (to prove NFC normalisation and Money binding) and serve a stored file as a module's download handler would.
 */
@RestController
class ServicesTestController {

    private final FileStore files;

    ServicesTestController(FileStore files) {
        this.files = files;
    }

    record TextForm(String title, List<String> keywords, Money amount) {
    }

    record TextBody(String title, List<String> keywords, Map<String, String> labels, Money amount) {
    }

    @PostMapping("/test/services/form")
    Map<String, Object> form(@ModelAttribute TextForm form, @RequestParam String q) {
        return Map.of("title", form.title(), "keywords", form.keywords(), "amount", form.amount(), "q", q);
    }

    @GetMapping("/test/services/path/{word}")
    Map<String, String> path(@PathVariable String word) {
        return Map.of("word", word);
    }

    @PostMapping("/test/services/json")
    TextBody json(@RequestBody TextBody body) {
        return body;
    }

    @GetMapping("/test/services/files/{id}")
    ResponseEntity<Resource> download(@PathVariable UUID id) {
        return files.download(id);
    }
}
