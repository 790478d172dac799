package com.surveypivot.project;

import java.util.List;

/**
 * A saved segment map: the question and measured answers of each axis and the names the user gave them. Answers are
 * named by their labels (as in the question's categories), so that the map can be put back on the survey read again;
 * no answers means the question's default measure (top-2 box of a scale, else its first answer). The map's
 * attribute and filter are the saved entry's pivot state's.
 *
 * @param xQuestion question id of the horizontal axis
 * @param xAnswers  answer labels measured on it (empty: default measure)
 * @param xName     the measure's name as shown ("" for the automatic name)
 * @param yQuestion question id of the vertical axis
 * @param yAnswers  answer labels measured on it (empty: default measure)
 * @param yName     the measure's name as shown ("" for the automatic name)
 */
public record MapSpec(String xQuestion, List<String> xAnswers, String xName, String yQuestion,
        List<String> yAnswers, String yName) {

    public MapSpec {
        xAnswers = List.copyOf(xAnswers);
        yAnswers = List.copyOf(yAnswers);
        xName = xName == null ? "" : xName;
        yName = yName == null ? "" : yName;
    }
}
