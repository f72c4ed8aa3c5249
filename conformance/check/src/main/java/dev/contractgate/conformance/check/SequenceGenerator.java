package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random sequences over one collection and two parents: creates with generated valid bodies
 * (some reusing an earlier name, so the order has ties to break), reads and deletes of what exists,
 * of what was deleted, of what is in the other parent and of ids never given, and lists with random
 * sorts, offsets (past the end included) and limits (0 included).
 */
final class SequenceGenerator {

    private final RunContext run;
    private final ModelledCollection collection;

    SequenceGenerator(RunContext run, ModelledCollection collection) {
        this.run = run;
        this.collection = collection;
    }

    List<ModelStep> generate(Random random, int length) {
        List<ModelStep> steps = new ArrayList<>();
        List<ModelStep.Create> creates = new ArrayList<>();
        int label = 0;
        for (int i = 0; i < length; i++) {
            int parent = random.nextInt(6) == 0 ? 1 : 0;
            int roll = random.nextInt(100);
            if (roll < 42 || creates.isEmpty()) {
                ModelStep.Create create = new ModelStep.Create(parent, label++, body(random, creates));
                creates.add(create);
                steps.add(create);
            } else if (roll < 58) {
                steps.add(new ModelStep.Read(parent, pick(random, creates)));
            } else if (roll < 75) {
                steps.add(new ModelStep.Delete(parent, pick(random, creates)));
            } else {
                steps.add(list(random, parent, creates.size()));
            }
        }
        return steps;
    }

    private JsonNode body(Random random, List<ModelStep.Create> earlier) {
        JsonNode body = run.values.valid(PositiveCases.schemaOf(collection.create()), random, random.nextBoolean());
        if (body instanceof ObjectNode object && !earlier.isEmpty() && random.nextInt(3) == 0) {
            // the same value as an earlier resource, so sorting by it leaves a tie the documented tiebreak must settle
            JsonNode other = earlier.get(random.nextInt(earlier.size())).body();
            other.fieldNames().forEachRemaining(name -> {
                if (object.has(name) && other.get(name).isTextual()) {
                    object.set(name, other.get(name));
                }
            });
        }
        return body;
    }

    private static int pick(Random random, List<ModelStep.Create> creates) {
        return random.nextInt(10) == 0 ? -1 : creates.get(random.nextInt(creates.size())).label();
    }

    private ModelStep.ListPage list(Random random, int parent, int created) {
        if (random.nextInt(5) < 2) {
            return new ModelStep.ListPage(parent, List.of(), null, null); // the plain first page, as most clients ask
        }
        List<String> sorts = new ArrayList<>();
        List<String> values = collection.sortValues();
        int keys = values.isEmpty() ? 0 : random.nextInt(3);
        for (int k = 0; k < keys; k++) {
            String value = values.get(random.nextInt(values.size()));
            String field = value.substring(0, Math.max(0, value.indexOf(':')));
            if (sorts.stream().noneMatch(s -> s.startsWith(field + ":"))) {
                sorts.add(value);
            }
        }
        Integer offset = collection.pages().offset() == null || random.nextBoolean() ? null : random.nextInt(created + 3);
        Integer max = collection.pages().limit() == null || collection.pages().limit().getSchema() == null
                || collection.pages().limit().getSchema().getMaximum() == null ? null
                : collection.pages().limit().getSchema().getMaximum().intValue();
        int[] sizes = max == null ? new int[] {0, 1, 2, 3, 5} : new int[] {0, 1, 2, 3, 5, max};
        Integer limit = collection.pages().limit() == null || random.nextBoolean() ? null : sizes[random.nextInt(sizes.length)];
        return new ModelStep.ListPage(parent, sorts, offset, limit);
    }
}
