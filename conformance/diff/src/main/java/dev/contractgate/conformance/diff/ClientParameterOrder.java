package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecLocation;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javassist.bytecode.AccessFlag;
import javassist.bytecode.ClassFile;
import javassist.bytecode.CodeAttribute;
import javassist.bytecode.Descriptor;
import javassist.bytecode.LocalVariableAttribute;
import javassist.bytecode.MethodInfo;
import javassist.bytecode.MethodParametersAttribute;

/**
 * The Java client as a user's source code sees it, beyond japicmp's binary check: a public
 * method that keeps its signature but whose parameters of one type changed places
 * ({@code listAgentTokens(…, Integer offset, Integer limit, …)} regenerated as
 * {@code (…, Integer limit, Integer offset, …)}) still compiles and silently swaps what every
 * call means. Parameter names are read from the class files (the {@code MethodParameters}
 * attribute, else the debug table every Maven build writes).
 */
final class ClientParameterOrder {

    List<CheckRecord> compare(Path oldJar, Path newJar) {
        long started = System.nanoTime();
        Map<String, List<String>> before = parameterNames(oldJar);
        Map<String, List<String>> after = parameterNames(newJar);
        Map<String, List<Finding>> byClass = new LinkedHashMap<>();
        before.forEach((method, names) -> {
            List<String> now = after.get(method);
            if (now != null && !names.isEmpty() && names.size() == now.size() && !names.equals(now)
                    && names.stream().sorted().toList().equals(now.stream().sorted().toList())) {
                String type = method.substring(0, method.indexOf('#'));
                byClass.computeIfAbsent(type, k -> new ArrayList<>()).add(Finding.error(DiffRules.CLIENT_PARAMETERS_REORDERED, null,
                        SpecLocation.of(""), readable(method) + ": parameters (" + String.join(", ", names) + ") are now ("
                                + String.join(", ", now) + "); the signature is the same, so calls still compile and pass"
                                + " each value where another was meant", new Evidence("old client " + oldJar, "new client " + newJar)));
            }
        });
        List<CheckRecord> checks = new ArrayList<>();
        byClass.forEach((type, findings) -> checks.add(new CheckRecord("java client", type
                + " keeps the meaning of each parameter position", findings, Duration.ofNanos(System.nanoTime() - started))));
        return checks;
    }

    /** {@code pkg.Api#m(Ljava/lang/String;)V} as {@code pkg.Api#m(java.lang.String)}. */
    private static String readable(String method) {
        int open = method.indexOf('(');
        return method.substring(0, open) + Descriptor.toString(method.substring(open));
    }

    /** For each public method of each public class: {@code class#name descriptor} to its parameter names in order. */
    static Map<String, List<String>> parameterNames(Path jar) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    ClassFile type = new ClassFile(new DataInputStream(in));
                    if ((type.getAccessFlags() & AccessFlag.PUBLIC) == 0) {
                        continue;
                    }
                    for (MethodInfo method : type.getMethods()) {
                        if ((method.getAccessFlags() & AccessFlag.PUBLIC) != 0) {
                            names.put(type.getName() + "#" + method.getName() + method.getDescriptor(), names(method));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read client jar " + jar + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static List<String> names(MethodInfo method) {
        int count = Descriptor.numOfParameters(method.getDescriptor());
        List<String> names = new ArrayList<>();
        MethodParametersAttribute declared = (MethodParametersAttribute) method.getAttribute(MethodParametersAttribute.tag);
        if (declared != null && declared.size() == count) {
            for (int i = 0; i < count; i++) {
                names.add(declared.parameterName(i));
            }
            return names;
        }
        CodeAttribute code = method.getCodeAttribute();
        LocalVariableAttribute table = code == null ? null : (LocalVariableAttribute) code.getAttribute(LocalVariableAttribute.tag);
        if (table == null) {
            return List.of();
        }
        int firstSlot = (method.getAccessFlags() & AccessFlag.STATIC) != 0 ? 0 : 1;
        Map<Integer, String> bySlot = new LinkedHashMap<>();
        for (int i = 0; i < table.tableLength(); i++) {
            bySlot.putIfAbsent(table.index(i), table.variableName(i));
        }
        int slot = firstSlot;
        String descriptor = method.getDescriptor();
        int at = 1;
        for (int i = 0; i < count; i++) {
            String name = bySlot.get(slot);
            if (name == null) {
                return List.of();
            }
            names.add(name);
            char kind = descriptor.charAt(at);
            while (descriptor.charAt(at) == '[') {
                at++;
            }
            at = descriptor.charAt(at) == 'L' ? descriptor.indexOf(';', at) + 1 : at + 1;
            slot += kind == 'J' || kind == 'D' ? 2 : 1;
        }
        return names;
    }
}
