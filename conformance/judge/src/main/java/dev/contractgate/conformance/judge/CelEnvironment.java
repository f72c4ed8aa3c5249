package dev.contractgate.conformance.judge;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Map;

/**
 * Standard CEL (Google's cel-java: timestamps, durations, string functions, the standard macros)
 * over the judge's variables: {@code request}, {@code response} and {@code self} (maps of JSON
 * values) and {@code now} (a timestamp). Compiled once per spec, evaluated per exchange.
 */
final class CelEnvironment {

    static final String REQUEST = "request";
    static final String RESPONSE = "response";
    static final String SELF = "self";
    static final String NOW = "now";

    private static final MapType JSON_MAP = MapType.create(SimpleType.STRING, SimpleType.DYN);

    private final CelCompiler rules = compiler(true);
    private final CelCompiler values = compiler(false);
    private final CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    private static CelCompiler compiler(boolean bool) {
        var builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addVar(REQUEST, JSON_MAP)
                .addVar(RESPONSE, JSON_MAP)
                .addVar(SELF, SimpleType.DYN)
                .addVar(NOW, SimpleType.TIMESTAMP);
        if (bool) {
            builder.setResultType(SimpleType.BOOL);
        }
        return builder.build();
    }

    /** A compiled rule (its result must be a bool), or the compiler's words for why it is not one. */
    Compiled rule(String expression) {
        return compile(rules, expression);
    }

    /** A compiled value expression (any result): what the evidence shows a rule saw. */
    Compiled value(String expression) {
        return compile(values, expression);
    }

    private Compiled compile(CelCompiler compiler, String expression) {
        try {
            CelValidationResult result = compiler.compile(expression);
            if (result.hasError()) {
                return new Compiled(null, result.getErrorString().lines().findFirst().orElse("does not compile"));
            }
            CelAbstractSyntaxTree ast = result.getAst();
            return new Compiled(runtime.createProgram(ast), null);
        } catch (Exception e) {
            return new Compiled(null, String.valueOf(e.getMessage()).lines().findFirst().orElse("does not compile"));
        }
    }

    /** A program, or the reason there is none. */
    record Compiled(CelRuntime.Program program, String error) {

        boolean ok() {
            return program != null;
        }

        Object eval(Map<String, ?> variables) throws CelEvaluationException {
            return program.eval(variables);
        }
    }
}
