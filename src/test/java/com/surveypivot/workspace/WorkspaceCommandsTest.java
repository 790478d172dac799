package com.surveypivot.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Every kind of pivot command: what it changes, and that undo gives back the state before and redo the one after. */
class WorkspaceCommandsTest {

    private record Case(PivotCommand command, Predicate<PivotState> after) {
    }

    private static final NetDefinition NET = new NetDefinition("Marketing × sales", List.of("a", "b", "c"),
            NetDefinition.Placement.ABOVE, false);

    /** Commands in the order a user might make them, each with what must hold after it. */
    private static List<Case> cases() {
        return List.of(
                new Case(new PivotCommand.SetQuestion("Q4"), s -> "Q4".equals(s.question())),
                new Case(new PivotCommand.SetAttribute("Q1"), s -> s.banner().equals(List.of("Q1"))),
                new Case(new PivotCommand.AddBreakdown("役職"), s -> s.banner().equals(List.of("Q1", "役職"))),
                new Case(new PivotCommand.NestBreakdown("業種", "役職"),
                        s -> s.banner().equals(List.of("役職", "Q1")) && "業種".equals(s.nest())),
                new Case(new PivotCommand.RemoveBreakdown("業種"), s -> s.nest() == null),
                new Case(new PivotCommand.RemoveBreakdown("役職"), s -> s.banner().equals(List.of("Q1"))),
                new Case(new PivotCommand.SetSegments(List.of("d", "a", "c", "b")),
                        s -> s.segments().equals(List.of("d", "a", "c", "b"))),
                new Case(new PivotCommand.SetSegments(List.of()), s -> s.segments().isEmpty()),
                new Case(new PivotCommand.SetFilter("業種", List.of()), s -> !s.filterOn("業種").active()),
                new Case(new PivotCommand.SetFilter("業種", List.of("製造", "IT・通信")),
                        s -> s.filterOn("業種").answers().equals(List.of("製造", "IT・通信"))),
                new Case(new PivotCommand.SetFilter("役職", List.of("部長クラス")), s -> s.filters().size() == 2),
                new Case(new PivotCommand.RemoveFilter("業種"), s -> s.filterOn("業種") == null
                        && s.filters().size() == 1),
                new Case(new PivotCommand.ClearFilters(), s -> s.filters().isEmpty()),
                new Case(new PivotCommand.SetWeight("ウェイト"), s -> "ウェイト".equals(s.weight())),
                new Case(new PivotCommand.AddNet("Q4", NET), s -> s.answersOf("Q4").nets().equals(List.of(NET))),
                new Case(new PivotCommand.RenameNet("Q4", NET.name(), "M×S"),
                        s -> s.answersOf("Q4").net("M×S") != null && s.answersOf("Q4").net(NET.name()) == null),
                new Case(new PivotCommand.PlaceNet("Q4", "M×S", NetDefinition.Placement.BELOW, true),
                        s -> s.answersOf("Q4").net("M×S").keepMembers()
                                && s.answersOf("Q4").net("M×S").placement() == NetDefinition.Placement.BELOW),
                new Case(new PivotCommand.SetAnswerOrder("Q4", List.of("c", "a")),
                        s -> s.answersOf("Q4").order().equals(List.of("c", "a"))),
                new Case(new PivotCommand.SetHidden("Q4", List.of("e"), true),
                        s -> s.answersOf("Q4").hidden().equals(Set.of("e"))),
                new Case(new PivotCommand.SetScore("Q3", "x", 7.0), s -> s.answersOf("Q3").scores()
                        .equals(Map.of("x", 7.0))),
                new Case(new PivotCommand.RemoveNet("Q4", "M×S"), s -> s.answersOf("Q4").nets().isEmpty()),
                new Case(new PivotCommand.SetTable(new TableSettings("P99", false)),
                        s -> s.table().significance().equals("P99") && !s.table().autoNets()),
                new Case(new PivotCommand.SetChart(new ChartSettings("topbox", 0, "en")),
                        s -> s.chart().decimals() == 0 && s.chart().reportLanguage().equals("en")),
                new Case(new PivotCommand.SetGrid(new GridSettings(true, true)), s -> s.grid().counts()),
                new Case(new PivotCommand.Swap(), s -> "Q1".equals(s.question()) && "Q4".equals(s.attribute())),
                new Case(new PivotCommand.SetAttribute(null), s -> s.banner().isEmpty()));
    }

    @Test
    void everyCommandIsUndoneAndRedoneExactly() {
        CommandHistory history = new CommandHistory(100);
        Workspace workspace = new Workspace(history);
        workspace.set(PivotState.of("Q2", "業種"));
        List<PivotState> states = new ArrayList<>();
        states.add(workspace.state());
        for (Case c : cases()) {
            assertTrue(workspace.execute(c.command()), c.command() + " changes the state");
            assertTrue(c.after().test(workspace.state()), c.command() + " gave " + workspace.state());
            states.add(workspace.state());
        }
        // every step back gives the state before it, in order
        for (int i = states.size() - 1; i > 0; i--) {
            assertTrue(history.canUndo());
            String described = history.nextUndo().orElseThrow().describe(Locale.ENGLISH);
            assertFalse(described.isBlank() || described.startsWith("workspace."), described);
            history.undo();
            assertEquals(states.get(i - 1), workspace.state(), "undo of step " + i);
        }
        assertFalse(history.canUndo());
        for (int i = 1; i < states.size(); i++) {
            history.redo();
            assertEquals(states.get(i), workspace.state(), "redo of step " + i);
        }
        assertFalse(history.canRedo());
    }

    @Test
    void aCommandThatChangesNothingIsNoStep() {
        CommandHistory history = new CommandHistory(10);
        Workspace workspace = new Workspace(history);
        workspace.set(PivotState.of("Q2", "Q1"));
        assertFalse(workspace.execute(new PivotCommand.SetQuestion("Q2")));
        assertFalse(workspace.execute(new PivotCommand.AddBreakdown("Q1")));
        assertFalse(history.canUndo());
    }

    @Test
    void aNewStepForgetsTheRedoneAndTheHistoryIsBounded() {
        CommandHistory history = new CommandHistory(3);
        Workspace workspace = new Workspace(history);
        workspace.set(PivotState.of("Q2", "Q1"));
        for (String q : List.of("Q3", "Q4", "Q5", "Q6")) {
            workspace.execute(new PivotCommand.SetQuestion(q));
        }
        assertEquals(3, history.done().size());
        history.undo();
        assertTrue(history.canRedo());
        workspace.execute(new PivotCommand.SetQuestion("Q1"));
        assertFalse(history.canRedo());
        assertEquals("Q1", workspace.state().question());
    }

    @Test
    void describedInJapaneseToo() {
        for (Case c : cases()) {
            String en = c.command().describe(Locale.ENGLISH);
            String ja = c.command().describe(Locale.JAPANESE);
            assertFalse(ja.startsWith("workspace."), ja);
            if (!(c.command() instanceof PivotCommand.AddNet)) {
                assertNotEquals(en, ja, c.command().toString());
            }
        }
    }

    @Test
    void segmentsStayOnlyWithTheirAttribute() {
        PivotState s = PivotState.of("Q4", "Q1").withSegments(List.of("a", "b"));
        assertEquals(List.of("a", "b"), new PivotCommand.AddBreakdown("役職").apply(s).segments());
        assertEquals(List.of(), new PivotCommand.SetAttribute("役職").apply(s).segments());
        assertNull(new PivotCommand.SetAttribute(null).apply(PivotState.of("Q4", "Q1")).attribute());
    }

    @Test
    void typingInOneNoteIsOneStep() {
        CommandHistory history = new CommandHistory(10);
        StringBuilder note = new StringBuilder();
        class Typing implements CommandHistory.Step {
            final String before;
            String after;

            Typing(String before, String after) {
                this.before = before;
                this.after = after;
            }

            public String describe(Locale l) {
                return "note";
            }

            public void undo() {
                note.setLength(0);
                note.append(before);
            }

            public void redo() {
                note.setLength(0);
                note.append(after);
            }

            @Override
            public boolean absorb(CommandHistory.Step next) {
                if (next instanceof Typing t && t.before.equals(after)) {
                    after = t.after;
                    return true;
                }
                return false;
            }
        }
        for (String typed : List.of("a", "ab", "abc")) {
            history.push(new Typing(note.toString(), typed));
            note.setLength(0);
            note.append(typed);
        }
        assertEquals(1, history.done().size());
        history.undo();
        assertEquals("", note.toString());
        history.redo();
        assertEquals("abc", note.toString());
    }
}
