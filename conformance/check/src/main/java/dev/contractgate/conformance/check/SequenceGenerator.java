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
 * sorts, offsets (past the end included) and limits (0 included). Reads and deletes lean to the
 * resource touched last, through its own parent, and a step after a delete leans to what was just
 * deleted; a list is sometimes the previous list asked again. So histories a server gets wrong come
 * up often (read, delete, read again; delete twice; the same page before and after a change), not
 * only by chance.
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
        List<Integer> touched = new ArrayList<>(); // labels in the order steps last named them
        Integer justDeleted = null;
        ModelStep.ListPage lastList = null;
        int label = 0;
        for (int i = 0; i < length; i++) {
            int parent = random.nextInt(6) == 0 ? 1 : 0;
            int roll = random.nextInt(100);
            if (roll < 42 || creates.isEmpty()) {
                ModelStep.Create create = new ModelStep.Create(parent, label++, body(random, creates));
                creates.add(create);
                steps.add(create);
                touch(touched, create.label());
            } else if (roll < 75) {
                int target = justDeleted != null && random.nextInt(5) < 3 ? justDeleted : pick(random, creates, touched);
                int through = parentOf(random, target, creates, parent);
                ModelStep step = roll < 58 ? new ModelStep.Read(through, target) : new ModelStep.Delete(through, target);
                steps.add(step);
                touch(touched, target);
                justDeleted = step instanceof ModelStep.Delete && target >= 0 ? Integer.valueOf(target) : null;
            } else {
                ModelStep.ListPage page;
                if (lastList != null && random.nextInt(10) < 3) {
                    page = lastList; // the same page asked again: what changed since must show
                } else {
                    // a list leans to the parent of the resource touched last, where a stale page would show
                    int through = touched.isEmpty() ? parent : parentOf(random, touched.get(touched.size() - 1), creates, parent);
                    page = list(random, through, creates.size());
                }
                steps.add(page);
                lastList = page;
            }
        }
        return steps;
    }

    private static void touch(List<Integer> touched, int label) {
        touched.remove(Integer.valueOf(label));
        touched.add(label);
    }

    /** The parent a step names for {@code label}: mostly its own (the resource's history), sometimes the other. */
    private static int parentOf(Random random, int label, List<ModelStep.Create> creates, int fallback) {
        if (label < 0) {
            return fallback;
        }
        int own = creates.stream().filter(c -> c.label() == label).findFirst().map(ModelStep.Create::parent).orElse(fallback);
        return random.nextInt(7) == 0 ? 1 - own : own;
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

    /** An id never given (1 in 10), the resource touched last or the one before (about half), else any created. */
    private static int pick(Random random, List<ModelStep.Create> creates, List<Integer> touched) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            return -1;
        }
        if (roll <= 5 && !touched.isEmpty()) {
            int back = touched.size() > 1 && random.nextInt(3) == 0 ? 2 : 1;
            return touched.get(touched.size() - back);
        }
        return creates.get(random.nextInt(creates.size())).label();
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
