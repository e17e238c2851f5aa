/**
 * Satisfaction surveys: {@link org.crm4j.core.survey.Survey} definitions (CSAT 1 to 5, NPS 0 to 10, a free-text
 * comment, custom scale questions), {@link org.crm4j.core.survey.SurveyInvitation}s sent to a customer after a
 * ticket was resolved or to a campaign's members (consent per channel honoured), answered once through a
 * {@link org.crm4j.core.survey.SurveyToken} of 256 random bits of which only the hash is stored, before they
 * expire. An unhappy answer ({@link org.crm4j.core.survey.FollowUpRule}) opens a follow-up ticket linked from the
 * answer, in the same transaction. The service is {@link org.crm4j.core.survey.SurveyService}
 * ({@code crm.surveys()}).
 */
package org.crm4j.core.survey;
