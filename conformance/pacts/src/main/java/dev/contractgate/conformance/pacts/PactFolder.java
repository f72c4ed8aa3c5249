package dev.contractgate.conformance.pacts;

import au.com.dius.pact.core.model.Pact;
import dev.contractgate.conformance.core.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pact files of a folder, read the one way every engine reads them (the pact check, consumer
 * impact, provider verification), with one policy:
 * <ul>
 *   <li>what makes the folder unsafe or unusable (missing, no pact file, a link out of it, a file too large
 *   or too deep) is bad input and stops the run ({@link PactFiles});</li>
 *   <li>a file that is not a pact, or holds no interaction, is an {@link Entry} without a pact: the pact check
 *   reports it as the error {@code pact.file.unreadable}, so a run that reads the folder never passes with it,
 *   and the other readers go on with the pacts that are readable.</li>
 * </ul>
 */
final class PactFolder {

    /** One file: its name as reports give it, and its pact, or why it is not one. */
    record Entry(Path file, String name, Pact pact, RuntimeException unreadable) {

        boolean readable() {
            return pact != null;
        }
    }

    private PactFolder() {
    }

    static List<Entry> read(Path folder) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : PactFiles.find(folder)) {
            String name = PactSpecCheck.displayName(folder, file);
            Pact pact;
            try {
                pact = PactFiles.load(file);
            } catch (BadInputException e) {
                throw e;
            } catch (RuntimeException e) {
                entries.add(new Entry(file, name, null, e));
                continue;
            }
            if (pact.getInteractions() == null || pact.getInteractions().isEmpty()) {
                entries.add(new Entry(file, name, null, new IllegalStateException("it holds no interactions, so it proves"
                        + " nothing (a file of the folder that is not a recorded pact?)")));
            } else {
                entries.add(new Entry(file, name, pact, null));
            }
        }
        return entries;
    }
}
