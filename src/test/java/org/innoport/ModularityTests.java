package org.innoport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the module diagrams in docs/modules are current. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(InnoPortApplication.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Writes the diagrams and canvases to target/ and copies to docs/modules those whose content changed. The
     * Documenter lists elements in no fixed order, so a file counts as changed only when its sorted lines differ:
     * a rerun does not rewrite the committed files.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(generated)) {
            files.filter(Files::isRegularFile).forEach(ModularityTests::copyWhenChanged);
        }
        assertThat(DOCS.resolve("components.puml")).exists();
        for (var module : MODULES) {
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).exists();
        }
    }

    private static void copyWhenChanged(Path file) {
        try {
            Path target = DOCS.resolve(file.getFileName());
            if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(file))) {
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
