package dev.tpmfaqbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tpmfaqbot.store.Store.Report;

/** The report as one JSON object, for scripts and dashboards. */
final class ReportJson {
    private ReportJson() {}

    static ObjectNode of(Report report, String database, int limit, int retentionDays) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("since", report.since().toString());
        json.put("database", database);
        json.put("retentionDays", retentionDays);
        ArrayNode asked = json.putArray("mostAsked");
        Limit.first(report.mostAsked(), limit)
                .forEach(key -> asked.addObject().put("key", key.key()).put("count", key.count()));
        ArrayNode unanswered = json.putArray("unanswered");
        Limit.first(report.unanswered(), limit)
                .forEach(
                        group ->
                                unanswered
                                        .addObject()
                                        .put("example", group.example())
                                        .put("count", group.count())
                                        .put("bestGuessKey", group.bestGuessKey())
                                        .put("bestGuessConfidence", group.bestGuessConfidence()));
        ArrayNode feedback = json.putArray("feedback");
        Limit.first(report.feedback(), limit)
                .forEach(
                        key ->
                                feedback.addObject()
                                        .put("key", key.key())
                                        .put("helpful", key.helpful())
                                        .put("notHelpful", key.notHelpful())
                                        .put("helpfulRatio", key.helpfulRatio()));
        return json;
    }
}
