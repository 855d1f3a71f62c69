package io.pgwarden.gateway.api;

import io.pgwarden.gateway.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every /api operation may give, once, instead of on each method. Registered
 * with {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = commonResponses();

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> response : COMMON.entrySet()) {
            if (responses.getAPIResponse(response.getKey()) == null) {
                responses.addAPIResponse(response.getKey(), OASFactory.createAPIResponse()
                        .description(response.getValue())
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/Problem")))));
            }
        }
        return operation;
    }

    private static Map<String, String> commonResponses() {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("400", "Malformed JSON or an invalid field (code BAD_REQUEST)");
        common.put("401", "No bearer token, or an unknown one (code UNAUTHENTICATED)");
        common.put("403", "Another user's request or session (code FORBIDDEN)");
        common.put("500", "Unexpected error, logged with an incident id (code INTERNAL)");
        common.put("503", "Kafka or the history database is unavailable (code DEPENDENCY_DOWN)");
        return common;
    }
}
