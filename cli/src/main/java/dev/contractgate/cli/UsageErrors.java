package dev.contractgate.cli;

import dev.contractgate.conformance.core.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * A usage error said for its cause: an option the command does not know is named first (before
 * picocli's "missing required option", which it usually causes: {@code --baseurl} for
 * {@code --base-url}), and a misspelt option or command gets the one it misses.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static String message(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        // a command's options: the root takes a command name first, whose misspelling picocli reports below
        Optional<String> unknown = cmd.getParent() == null ? Optional.empty() : unknownOption(cmd, args);
        if (unknown.isPresent()) {
            String name = unknown.get();
            String near = Suggestions.nearest(name, cmd.getCommandSpec().optionsMap().keySet());
            return "unknown option '" + name + "' for " + cmd.getCommandSpec().qualifiedName()
                    + (near != null ? ": did you mean '" + near + "'?" : "");
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> near = new ArrayList<>(unmatched.getSuggestions());
            if (near.isEmpty() && !unmatched.getUnmatched().isEmpty()) {
                String word = unmatched.getUnmatched().get(0);
                String command = Suggestions.nearest(word, cmd.getSubcommands().keySet());
                if (command != null) {
                    near.add(command);
                }
            }
            if (!near.isEmpty()) {
                return e.getMessage() + ": did you mean '" + String.join("' or '", near) + "'?";
            }
        }
        return e.getMessage();
    }

    /** The first argument after the command's name that looks like an option the command does not declare. */
    private static Optional<String> unknownOption(CommandLine cmd, String[] args) {
        java.util.Set<String> known = cmd.getCommandSpec().optionsMap().keySet();
        String commandName = cmd.getCommandName();
        boolean inCommand = false;
        for (String arg : args) {
            if (!inCommand) {
                inCommand = arg.equals(commandName);
                continue;
            }
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("-") && arg.length() > 1 && !arg.matches("-\\d.*")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (!known.contains(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }
}
