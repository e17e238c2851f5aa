package org.crm4j.core.survey;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crm4j.core.Require;

/**
 * What a customer answered, as entered; checked against the survey by {@link SurveyInvitation#answer}.
 *
 * @param csat    the CSAT score, 1 to 5, if given
 * @param nps     the NPS score, 0 to 10, if given
 * @param comment the free-text comment, if given
 * @param scores  the answers to custom questions by question code
 */
public record SurveyResponse(Optional<Integer> csat, Optional<Integer> nps, Optional<String> comment,
                             Map<String, Integer> scores) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public SurveyResponse {
        Require.nonNull("csat", csat);
        Require.nonNull("nps", nps);
        Require.nonNull("comment", comment);
        Require.nonNull("scores", scores);
        for (Map.Entry<String, Integer> entry : scores.entrySet()) {
            Require.nonNull("scores[]", entry.getKey());
            Require.nonNull("scores[" + entry.getKey() + "]", entry.getValue());
        }
        scores = Map.copyOf(scores);
    }

    /** @return an empty response, to fill with the {@code withX} copies */
    public static SurveyResponse empty() {
        return new SurveyResponse(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /**
     * @param score the CSAT score
     * @return a copy with it
     */
    public SurveyResponse withCsat(int score) {
        return new SurveyResponse(Optional.of(score), nps, comment, scores);
    }

    /**
     * @param score the NPS score
     * @return a copy with it
     */
    public SurveyResponse withNps(int score) {
        return new SurveyResponse(csat, Optional.of(score), comment, scores);
    }

    /**
     * @param text the comment
     * @return a copy with it
     */
    public SurveyResponse withComment(String text) {
        return new SurveyResponse(csat, nps, Optional.of(Require.nonNull("comment", text)), scores);
    }

    /**
     * @param code  a custom question's code
     * @param score the answer
     * @return a copy with that answer
     */
    public SurveyResponse withScore(String code, int score) {
        Map<String, Integer> more = new TreeMap<>(scores);
        more.put(Require.nonNull("scores[]", code), score);
        return new SurveyResponse(csat, nps, comment, more);
    }
}
