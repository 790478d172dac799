package com.surveypivot.sample;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * One simulated respondent of the sample survey. Answers are labels as written to the file; {@code null} means no
 * answer (a blank cell).
 *
 * @param id         R0001 … R1000
 * @param answeredAt when the questionnaire was submitted
 * @param industry   業種, or null
 * @param size       従業員規模, or null
 * @param position   役職, or null
 * @param functions  Q1 job functions ticked (1–3, never empty)
 * @param q2         Q2 label, or null
 * @param q3         Q3 label, or null
 * @param q4         Q4 pairs chosen (1–2), empty when not answered
 * @param q5         free comment, or null
 * @param weight     weighting factor (0.6–1.6)
 */
public record SampleRespondent(String id, LocalDateTime answeredAt, String industry, String size, String position,
                               Set<JobFunction> functions, String q2, String q3, List<String> q4, String q5,
                               double weight) {
}
