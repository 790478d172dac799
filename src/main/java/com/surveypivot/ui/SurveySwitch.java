package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotState;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * Puts a survey in the main window: a newly opened one (with a fresh workspace) or an edited version of the current
 * one (with a state that fits it), and the question lists, map and table that follow from it.
 */
final class SurveySwitch {
    private final ReadOnlyObjectWrapper<Survey> survey;
    private final ObservableList<Question> questions;
    private final ObservableList<Question> allQuestions;
    private final ObjectProperty<Question> question;
    private final TableOptionsModel tableOptions;
    private final WorkspaceModel workspace;
    private final PivotBridge bridge;
    private final SegmentMapViewModel map;
    private final ReadOnlyIntegerWrapper opened;
    private final Runnable recompute;
    private final Runnable refreshStatus;

    SurveySwitch(ReadOnlyObjectWrapper<Survey> survey, ObservableList<Question> questions,
            ObservableList<Question> allQuestions, ObjectProperty<Question> question, TableOptionsModel tableOptions,
            WorkspaceModel workspace, PivotBridge bridge, SegmentMapViewModel map, ReadOnlyIntegerWrapper opened,
            Runnable recompute, Runnable refreshStatus) {
        this.survey = survey;
        this.questions = questions;
        this.allQuestions = allQuestions;
        this.question = question;
        this.tableOptions = tableOptions;
        this.workspace = workspace;
        this.bridge = bridge;
        this.map = map;
        this.opened = opened;
        this.recompute = recompute;
        this.refreshStatus = refreshStatus;
    }

    /**
     * Shows a survey: the first coded single-choice question, broken down by the question just before it. The
     * workspace starts afresh (filters, NETs and the undo history are of the previous survey); chart and grid
     * settings stay. A weight the file declares is the starting weight (part of the starting state, not a step).
     */
    void setSurvey(Survey newSurvey) {
        List<Question> crossable = newSurvey.crossableQuestions();
        Question[] pair = DefaultPair.choose(crossable);
        bridge.quietly(() -> {
            survey.set(newSurvey);
            questions.setAll(crossable);
            allQuestions.setAll(QuestionGroups.sorted(newSurvey.questions()));
            tableOptions.reset(newSurvey);
        });
        PivotState old = workspace.state();
        workspace.history().clear();
        workspace.reset(PivotState.of(PivotBridge.id(pair[0]), PivotBridge.id(pair[1])).withChart(old.chart())
                .withGrid(old.grid()).withWeight(declaredWeight(newSurvey)));
        bridge.show(workspace.state()); // also when the starting state equals the previous survey's
        map.reset(crossable, pair[0]);
        recompute.run();
        refreshStatus.run();
        opened.set(opened.get() + 1);
    }

    /** The weight the file declares (an SPSS weight variable) when it is one of the number questions, else null. */
    private static String declaredWeight(Survey survey) {
        String id = survey.weightId();
        return id != null && survey.find(id).filter(q -> q.type() == QuestionType.NUMBER).isPresent() ? id : null;
    }

    /**
     * Shows an edited version of the current survey with a state that fits it: the question and the attribute stay
     * where they still exist (by id), else the default pair is taken. Returns that state.
     */
    PivotState replaceSurvey(Survey edited) {
        PivotState current = workspace.state();
        PivotState state = current;
        List<Question> crossable = edited.crossableQuestions();
        bridge.quietly(() -> {
            survey.set(edited);
            questions.setAll(crossable);
            allQuestions.setAll(QuestionGroups.sorted(edited.questions()));
        });
        boolean hasQuestion = crossable.stream().anyMatch(x -> x.id().equals(current.question()));
        if (!hasQuestion) {
            Question[] pair = DefaultPair.choose(crossable);
            String attributeId = crossable.stream().anyMatch(x -> x.id().equals(current.attribute()))
                    && !current.attribute().equals(PivotBridge.id(pair[0])) ? current.attribute()
                    : PivotBridge.id(pair[1]);
            state = new PivotCommand.SetAttribute(attributeId).apply(state.withQuestion(PivotBridge.id(pair[0])));
        }
        showSurveyState(edited, state);
        return state;
    }

    /** Puts a survey and a state back together (a survey edit, or its undo). */
    void showSurveyState(Survey edited, PivotState state) {
        if (survey.get() != edited) {
            bridge.quietly(() -> {
                survey.set(edited);
                questions.setAll(edited.crossableQuestions());
                allQuestions.setAll(QuestionGroups.sorted(edited.questions()));
            });
        }
        workspace.reset(state);
        bridge.show(state);
        map.reset(edited.crossableQuestions(), question.get());
        recompute.run();
        refreshStatus.run();
    }
}
