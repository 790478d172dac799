package com.surveypivot.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.project.ProjectMismatches.Item;
import com.surveypivot.project.ProjectMismatches.Kind;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.FilterCondition;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project put back on its own file, on a changed file, and on the next wave with a changed layout. */
class ProjectRestoreTest {
    @TempDir
    Path folder;

    @Test
    void onItsOwnFileEverythingComesBack() throws Exception {
        Path source = ProjectFixtures.writeSurvey(folder, "wave1.csv", false);
        byte[] bytes = Files.readAllBytes(source);
        String hash = SourceHash.of(source);
        ProjectFile project = ProjectFixtures.project(source, hash);
        Path file = folder.resolve("p.surveypivot");
        ProjectStore.write(project, file, source);
        ProjectRestore.Restored restored = ProjectRestore.restore(ProjectStore.read(file),
                ProjectFixtures.read(source), SourceHash.of(source));
        assertTrue(restored.mismatches().isEmpty(), restored.mismatches().toString());
        assertEquals(project.state(), restored.state());
        assertEquals(project.entries(), restored.entries());
        assertEquals(project.edits(), restored.edits());
        assertEquals(project.notes(), restored.notes());
        Survey survey = restored.survey();
        assertEquals("Smoking habit", survey.find("Smoke").orElseThrow().text());
        assertEquals(List.of("None", "Some", "Freq"), survey.find("Exer").orElseThrow().categories());
        assertEquals(3, survey.find("Age").orElseThrow().categories().size());
        assertTrue(survey.find("Sex").orElseThrow().categories().contains("Woman"));
        assertTrue(survey.find("raked").isPresent());
        assertArrayEquals(bytes, Files.readAllBytes(source), "the survey file is never written");
    }

    @Test
    void aChangedSourceIsSaidAndWhatMatchesIsLoaded() throws Exception {
        Path source = ProjectFixtures.writeSurvey(folder, "wave1.csv", false);
        ProjectFile project = ProjectFixtures.project(source, SourceHash.of(source));
        Files.writeString(source, Files.readString(source).replace("Male,Never", "Male,Occas"));
        ProjectRestore.Restored restored = ProjectRestore.restore(project, ProjectFixtures.read(source),
                SourceHash.of(source));
        assertTrue(restored.mismatches().sourceChanged());
        assertTrue(restored.mismatches().items().isEmpty());
        assertEquals(project.state(), restored.state());
        assertTrue(restored.mismatches().lines(Locale.ENGLISH).get(0).contains("changed"));
    }

    @Test
    void onTheNextWaveTheRestIsKeptAndExactlyTheMissingItemsAreListed() throws Exception {
        Path wave1 = ProjectFixtures.writeSurvey(folder, "wave1.csv", false);
        Path wave2 = ProjectFixtures.writeSurvey(folder, "wave2.csv", true);
        byte[] bytes2 = Files.readAllBytes(wave2);
        ProjectFile project = ProjectFixtures.project(wave1, SourceHash.of(wave1));
        ProjectRestore.Restored restored = ProjectRestore.restore(project, ProjectFixtures.read(wave2), "");

        assertEquals(List.of(new Item(Kind.EDIT, "Exer", "categories"),
                new Item(Kind.QUESTION, "", "Exer"),
                new Item(Kind.ANSWER, "Smoke", "Heavy"),
                new Item(Kind.ENTRY, "", "Exer by sex"),
                new Item(Kind.ENTRY, "", "@map")), restored.mismatches().items());
        assertFalse(restored.mismatches().sourceChanged(), "another file is not a changed source");

        PivotState state = restored.state();
        assertEquals("Smoke", state.question());
        assertEquals(List.of("Sex"), state.banner());
        assertEquals(null, state.nest(), "the nest on the missing Exer is left out");
        assertEquals(List.of("Male", "Woman"), state.segments(), "the renamed category edit still applies");
        assertEquals(List.of(new FilterCondition("Sex", List.of())), state.filters());
        assertEquals("W", state.weight());
        assertEquals(List.of(new NetDefinition("Smokers", List.of("Occas", "Regul"), NetDefinition.Placement.BELOW,
                true)), state.answersOf("Smoke").nets());
        assertEquals(List.of("Smokers", "Regul", "Occas", "Never"), state.answersOf("Smoke").order());
        assertFalse(state.answersOf("Smoke").scores().containsKey("Heavy"));
        assertFalse(state.answers().containsKey("Exer"));
        assertEquals(project.state().chart(), state.chart());
        assertEquals(project.state().grid(), state.grid());
        assertEquals(project.state().table(), state.table());
        assertEquals(List.of("e1"), restored.entries().stream().map(SavedEntry::id).toList());
        assertEquals(4, restored.edits().size(), "every edit but the Exer one");
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            List<String> lines = restored.mismatches().lines(locale);
            assertEquals(5, lines.size());
            lines.forEach(l -> assertFalse(l.contains("\n") || l.contains("{"), l));
        }
        assertTrue(restored.mismatches().lines(Locale.ENGLISH).contains("Answer not in question Smoke: Heavy"));
        assertArrayEquals(bytes2, Files.readAllBytes(wave2));
    }
}
