package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A collection the spec describes, as the model sees it: the operation that creates its resources,
 * the list, the read and the delete of one, the path parameter that names a resource and where its
 * value is in a create's answer, the parent parameter a sequence varies (the innermost shared one), the
 * list's paging and order, and the limit of {@code x-resource-limit}. Everything comes from the spec:
 * links (or the inferred ones), the path structure, {@code x-order}, {@code x-resource-limit}.
 */
record ModelledCollection(SpecOperation create, SpecOperation read, SpecOperation delete, ListPages pages,
                          String idParameter, String idPointer, String parentParameter, String sortsParameter,
                          List<String> sortValues, LimitCases.Limit limit, java.util.Set<String> secretFields) {

    static List<ModelledCollection> find(RunContext run) {
        List<ModelledCollection> found = new ArrayList<>();
        for (SpecOperation create : run.operations.all()) {
            if (!create.createsResources()) {
                continue;
            }
            Optional<SpecOperation> read = item(run, create, "get");
            Optional<SpecOperation> delete = item(run, create, "delete");
            Optional<ListPages> pages = ListPages.find(run, create);
            String parent = parentOf(run, create);
            if (read.isEmpty() || delete.isEmpty() || pages.isEmpty() || parent == null) {
                continue;
            }
            String idParameter = run.resourceParameters(read.get()).get(0).getName();
            Optional<RunContext.Provider> provider = run.provider(read.get(), idParameter);
            if (provider.isEmpty() || LinkInference.LOCATION.equals(provider.get().bodyPointer())) {
                continue;
            }
            String sorts = run.judge.orderParameter(pages.get().op()).orElse(null);
            found.add(new ModelledCollection(create, read.get(), delete.get(), pages.get(), idParameter,
                    provider.get().bodyPointer(), parent, sorts, sortValues(pages.get().op(), sorts),
                    LimitCases.limitOf(create).orElse(null), run.judge.secretFields()));
        }
        return found;
    }

    /** The operation with {@code method} on one resource of the collection ({@code …/collection/{id}}). */
    private static Optional<SpecOperation> item(RunContext run, SpecOperation create, String method) {
        return run.operations.all().stream().filter(op -> op.method().equals(method)
                && op.path().startsWith(create.path() + "/{") && op.path().indexOf('/', create.path().length() + 1) < 0
                && run.resourceParameters(op).size() == 1).findFirst();
    }

    /** The innermost path parameter of the collection that the run's context fills (a Deployment's id). */
    private static String parentOf(RunContext run, SpecOperation create) {
        String parent = null;
        for (Parameter p : create.pathParameters()) {
            if (run.contextValues.containsKey(p.getName()) && create.path().indexOf("{" + p.getName() + "}")
                    > (parent == null ? -1 : create.path().indexOf("{" + parent + "}"))) {
                parent = p.getName();
            }
        }
        return parent;
    }

    @SuppressWarnings("rawtypes")
    private static List<String> sortValues(SpecOperation list, String parameter) {
        if (parameter == null) {
            return List.of();
        }
        for (Parameter p : list.queryParameters()) {
            Schema schema = p.getSchema();
            if (p.getName().equals(parameter) && schema != null) {
                Schema items = schema.getItems() != null ? schema.getItems() : schema;
                if (items.getEnum() != null) {
                    return items.getEnum().stream().map(String::valueOf).toList();
                }
            }
        }
        return List.of();
    }

    /** The documented default of the list's limit parameter, when it has one. */
    Integer defaultLimit() {
        Parameter limitParameter = pages.limit();
        Object value = limitParameter == null || limitParameter.getSchema() == null ? null : limitParameter.getSchema().getDefault();
        return value instanceof Number n ? n.intValue() : null;
    }
}
