package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.SecretMasker;
import java.util.List;
import java.util.Map;

/**
 * A failing sequence as a shell script a person can run: one {@code curl} per step against
 * {@code $BASE_URL} with {@code $TOKEN} as the bearer token (never the run's), fresh parents of its own, the ids
 * that creates return captured in shell variables and used by the steps after, and what the model
 * expected of the last answer.
 */
final class Reproducer {

    static final String HEADER = "# reproduce: ";

    private Reproducer() {
    }

    static String curl(ModelledCollection collection, ModelExecution.Result result, String expected, String how) {
        StringBuilder script = new StringBuilder(HEADER).append(result.transcript().size()).append(" steps (")
                .append(how).append("); set BASE_URL and TOKEN first\n");
        List<String> parents = result.parents();
        java.util.Set<Integer> used = result.usedParents();
        for (int p = 0; p < parents.size(); p++) {
            if (!used.contains(p)) {
                continue;
            }
            script.append("P").append(p).append("=\"cgrepro${RANDOM}${RANDOM}p").append(p).append("\"\n");
        }
        String field = collection.idPointer().substring(collection.idPointer().lastIndexOf('/') + 1);
        Map<String, String> idVariables = new java.util.HashMap<>();
        int n = 0;
        for (ModelExecution.Sent sent : result.transcript()) {
            n++;
            HttpCall call = sent.call();
            String target = call.pathAndQuery();
            for (int p = 0; p < parents.size(); p++) {
                target = target.replace("/" + parents.get(p), "/${P" + p + "}");
            }
            for (Map.Entry<String, String> id : idVariables.entrySet()) {
                target = target.replace("/" + id.getKey(), "/${" + id.getValue() + "}");
            }
            script.append("# ").append(n).append(". ").append(sent.step().describe()).append(": answered ")
                    .append(sent.answer().failed() ? "nothing" : String.valueOf(sent.answer().status())).append('\n');
            StringBuilder line = new StringBuilder("curl -sS -X ").append(call.method()).append(" \"$BASE_URL").append(target)
                    .append("\" --oauth2-bearer \"$TOKEN\"");
            if (call.body() != null) {
                line.append(" -H 'Content-Type: application/json' --data-raw '")
                        .append(SecretMasker.mask(call.body()).replace("'", "'\\''")).append('\'');
            }
            if (sent.idOfLabel() != null) {
                String variable = "ID" + ((ModelStep.Create) sent.step()).label();
                idVariables.put(sent.idOfLabel(), variable);
                script.append(variable).append("=$(").append(line).append(" | grep -o '\"").append(field)
                        .append("\" *: *\"[^\"]*\"' | head -n 1 | sed 's/.*\"\\([^\"]*\\)\"$/\\1/')\n");
            } else {
                script.append(line).append(" -w ' -> %{http_code}\\n'\n");
            }
        }
        script.append("# expected of the last answer: ").append(expected.replace('\n', ' ')).append('\n');
        return script.toString();
    }
}
