package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.FindingSink.Op;
import dev.contractgate.conformance.diff.SchemaChanges.Target;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;

/**
 * The parameters of one operation. openapi-diff matches parameters by name and {@code in};
 * a parameter it reports gone is paired with a new one where that explains it: the same name
 * elsewhere is a move (breaking), another name in the query or a header is a rename (breaking),
 * another name in the path is only a rename in the spec (the URL on the wire is the same).
 */
final class ParameterChanges {

    private final SpecPointers base;
    private final SpecPointers changed;
    private final FindingSink sink;
    private final SchemaChanges schemas;

    ParameterChanges(SpecPointers base, SpecPointers changed, FindingSink sink, SchemaChanges schemas) {
        this.base = base;
        this.changed = changed;
        this.sink = sink;
        this.schemas = schemas;
    }

    void classify(Op op, ChangedParameters params, String path, String method) {
        if (params == null) {
            return;
        }
        List<Parameter> unpaired = new ArrayList<>(params.getIncreased());
        for (Parameter gone : params.getMissing()) {
            Optional<Parameter> partner = partner(gone, unpaired);
            partner.ifPresent(unpaired::remove);
            String was = gone.getIn() + " parameter '" + gone.getName() + "'";
            String rule;
            String message;
            if (partner.isEmpty()) {
                rule = DiffRules.PARAMETER_REMOVED;
                message = was + " removed";
            } else if (partner.get().getName().equals(gone.getName())) {
                rule = DiffRules.PARAMETER_MOVED;
                message = was + " moved to the " + partner.get().getIn() + "; clients send it where the server no longer reads it";
            } else if ("path".equals(gone.getIn())) {
                rule = DiffRules.DOCS_CHANGED;
                message = was + " renamed to '" + partner.get().getName() + "'; the URL on the wire is unchanged";
            } else {
                rule = DiffRules.PARAMETER_RENAMED;
                message = was + " renamed to '" + partner.get().getName() + "'; clients send the old name";
            }
            String changedPlace = partner.map(p -> changed.parameter(path, method, p.getName(), p.getIn()))
                    .orElse(SpecSource.operationPointer(path, method));
            sink.add(op, rule, message, partner.isEmpty(), base.locate(base.parameter(path, method, gone.getName(), gone.getIn())),
                    changed.locate(changedPlace), params, "params.removed");
            partner.ifPresent(p -> sink.claim(params, "params.added"));
        }
        for (Parameter p : unpaired) {
            boolean required = Boolean.TRUE.equals(p.getRequired());
            sink.add(op, required ? DiffRules.PARAMETER_REQUIRED_ADDED : DiffRules.PARAMETER_OPTIONAL_ADDED,
                    "new " + (required ? "required " : "optional ") + p.getIn() + " parameter '" + p.getName() + "'",
                    false, base.locate(SpecSource.operationPointer(path, method)),
                    changed.locate(changed.parameter(path, method, p.getName(), p.getIn())), params, "params.added");
        }
        for (ChangedParameter p : params.getChanged()) {
            changedParameter(op, p, path, method);
        }
    }

    /** Which new parameter replaces a gone one: the same name elsewhere first, else one new name in the same place. */
    private static Optional<Parameter> partner(Parameter gone, List<Parameter> candidates) {
        Optional<Parameter> moved = candidates.stream()
                .filter(p -> p.getName().equals(gone.getName()) && !Objects.equals(p.getIn(), gone.getIn()))
                .findFirst();
        if (moved.isPresent()) {
            return moved;
        }
        List<Parameter> samePlace = candidates.stream().filter(p -> Objects.equals(p.getIn(), gone.getIn())).toList();
        return samePlace.size() == 1 || "path".equals(gone.getIn()) ? samePlace.stream().findFirst() : Optional.empty();
    }

    private void changedParameter(Op op, ChangedParameter p, String path, String method) {
        String label = p.getIn() + " parameter '" + p.getName() + "'";
        var basePlace = base.locate(base.parameter(path, method, p.getName(), p.getIn()));
        var changedPlace = changed.locate(changed.parameter(path, method, p.getName(), p.getIn()));
        if (p.isChangeRequired()) {
            boolean nowRequired = p.getNewParameter() != null && Boolean.TRUE.equals(p.getNewParameter().getRequired());
            sink.add(op, nowRequired ? DiffRules.PARAMETER_REQUIRED_ADDED : DiffRules.PARAMETER_NOW_OPTIONAL,
                    label + (nowRequired ? " became required" : " became optional"), false, basePlace, changedPlace, p, "required");
        }
        if (p.isChangeStyle() || p.isChangeExplode() || p.isChangeAllowEmptyValue()) {
            sink.add(op, DiffRules.PARAMETER_STYLE_CHANGED, label + ": serialisation changed (style "
                            + p.getOldParameter().getStyle() + " -> " + p.getNewParameter().getStyle() + ", explode "
                            + p.getOldParameter().getExplode() + " -> " + p.getNewParameter().getExplode() + ", allowEmptyValue "
                            + p.getOldParameter().getAllowEmptyValue() + " -> " + p.getNewParameter().getAllowEmptyValue() + ")",
                    false, basePlace, changedPlace, p, "style");
            sink.claim(p, "explode");
            sink.claim(p, "allowEmptyValue");
        }
        schemas.walk(op, p.getSchema(), base.parameterSchema(path, method, p.getName(), p.getIn()),
                changed.parameterSchema(path, method, p.getName(), p.getIn()), Target.request(label), "");
    }
}
