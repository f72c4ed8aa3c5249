package dev.contractgate.mock.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The in-memory store of agent tokens. Tokens and Deployments are byte records in a {@link CellArena}
 * (large arrays the young collector never copies) found through a {@link DeploymentTable}; reads
 * decode them into short-lived {@link StoredAgentToken}s. Under a create-heavy load a store of objects
 * was what every young collection copied, several times each, and that copying set the create p99.
 *
 * <p>One lock guards the arena and the table. What it guards is short: encoding and decoding happen
 * outside it, inside are a table probe and copies of a few hundred bytes. Each change is complete
 * before the lock is released, so the limit of {@value #LIMIT_PER_DEPLOYMENT} tokens per Deployment
 * holds however many clients create at once, no token is lost or stored twice, and every read sees a
 * consistent state. Room is taken from the {@link StoreBudget} in whole cells before anything is
 * written, so a refused create leaves nothing behind.
 */
@Component
public class AgentTokenStore {

    /** The documented limit of agent tokens per Deployment. */
    public static final int LIMIT_PER_DEPLOYMENT = 50;

    private final Object lock = new Object();
    private final StoreBudget budget;
    private final Subjects subjects = new Subjects();
    private final CellArena arena = new CellArena();
    private DeploymentTable table = new DeploymentTable();

    /** A store that may hold as much as {@code budget} allows; what a create would add beyond it is refused. */
    @Autowired
    public AgentTokenStore(StoreBudget budget) {
        this.budget = budget;
    }

    /** A store bounded only by the heap (tests). */
    public AgentTokenStore() {
        this(new StoreBudget(Long.MAX_VALUE));
    }

    /**
     * Adds a new token; fails on the limit, when the store's budget is spent ({@link StoreFullException},
     * before anything is stored) or (never in practice) on an id already taken.
     */
    public StoredAgentToken add(StoredAgentToken token) {
        return store(token, false);
    }

    /** Adds a token or replaces the one with the same id (for provider states and seeds). */
    public StoredAgentToken put(StoredAgentToken token) {
        return store(token, true);
    }

    private StoredAgentToken store(StoredAgentToken token, boolean replace) {
        byte[] record = TokenRecord.encode(token, subjects.numberOf(token.createdBy()));
        byte[] idPrefix = TokenRecord.idPrefix(token.id());
        int idHash = token.id().hashCode();
        Place place = new Place(token.deployment());
        synchronized (lock) {
            DeploymentRecord deployment = place.find();
            int at = place.indexOf(deployment, idHash, idPrefix);
            if (at >= 0 && !replace) {
                throw new IllegalStateException("agent token id " + token.id() + " is already taken");
            }
            if (at < 0 && deployment.count() >= LIMIT_PER_DEPLOYMENT) {
                throw new TokenLimitReachedException(LIMIT_PER_DEPLOYMENT);
            }
            int grownBy = at < 0 ? DeploymentRecord.BYTES_PER_TOKEN : 0;
            long cells = (long) CellArena.cellsFor(record.length) + CellArena.cellsFor(deployment.encodedLength() + grownBy);
            budget.ensureRoom(CellArena.CELL_BYTES * (cells - place.cells())); // the old record's cells come back
            arena.ensureRoom(cells); // any array both records need, before the first is stored
            int handle = storeRecord(record);
            place.write(at < 0 ? deployment.with(handle, idHash) : deployment.replacing(at, handle, idHash, 0));
            if (at >= 0) {
                releaseToken(deployment, at);
            }
        }
        return token;
    }

    public Optional<StoredAgentToken> find(DeploymentKey key, String id) {
        byte[] idPrefix = TokenRecord.idPrefix(id);
        Place place = new Place(key);
        int handle;
        byte[] record;
        byte[] json;
        synchronized (lock) {
            DeploymentRecord deployment = place.find();
            int at = place.indexOf(deployment, id.hashCode(), idPrefix);
            if (at < 0) {
                return Optional.empty();
            }
            handle = deployment.token(at);
            record = arena.load(handle);
            json = deployment.json(at) == 0 ? null : arena.load(deployment.json(at));
        }
        return Optional.of(TokenRecord.decode(record, key, subjects, handle, json));
    }

    /** Removes a token; false when it was not there. A Deployment left without tokens leaves the store. */
    public boolean remove(DeploymentKey key, String id) {
        byte[] idPrefix = TokenRecord.idPrefix(id);
        Place place = new Place(key);
        synchronized (lock) {
            DeploymentRecord deployment = place.find();
            int at = place.indexOf(deployment, id.hashCode(), idPrefix);
            if (at < 0) {
                return false;
            }
            place.write(deployment.without(at));
            releaseToken(deployment, at);
            resetIfEmpty();
            return true;
        }
    }

    /** A snapshot of the Deployment's tokens, in no particular order. */
    public List<StoredAgentToken> list(DeploymentKey key) {
        Place place = new Place(key);
        int[] handles;
        byte[][] records;
        byte[][] jsons;
        synchronized (lock) {
            DeploymentRecord deployment = place.find();
            handles = new int[deployment.count()];
            records = new byte[handles.length][];
            jsons = new byte[handles.length][];
            for (int i = 0; i < handles.length; i++) {
                handles[i] = deployment.token(i);
                records[i] = arena.load(handles[i]);
                jsons[i] = deployment.json(i) == 0 ? null : arena.load(deployment.json(i));
            }
        }
        List<StoredAgentToken> tokens = new ArrayList<>(handles.length);
        for (int i = 0; i < handles.length; i++) {
            tokens.add(TokenRecord.decode(records[i], key, subjects, handles[i], jsons[i]));
        }
        return tokens;
    }

    public int count(DeploymentKey key) {
        Place place = new Place(key);
        synchronized (lock) {
            return place.find().count();
        }
    }

    /**
     * Keeps the JSON made for a token read from the store, for its later reads. Skipped when the record
     * the token was read from no longer holds that same token (deleted, replaced, or its cells reused
     * since), when it already has JSON, or when the budget has no room for it: a read never fails for
     * want of room.
     */
    void keepJson(StoredAgentToken token, String text) {
        if (token.handle() == 0) {
            return;
        }
        byte[] json = TokenRecord.json(text);
        byte[] record = TokenRecord.encode(token, subjects.numberOf(token.createdBy()));
        Place place = new Place(token.deployment());
        synchronized (lock) {
            DeploymentRecord deployment = place.find();
            int at = -1;
            for (int i = 0; i < deployment.count() && at < 0; i++) {
                at = deployment.token(i) == token.handle() && arena.holds(token.handle(), record) ? i : -1;
            }
            if (at < 0 || deployment.json(at) != 0
                    || !budget.hasRoom((long) CellArena.CELL_BYTES * CellArena.cellsFor(json.length))) {
                return;
            }
            arena.ensureRoom(CellArena.cellsFor(json.length) + CellArena.cellsFor(deployment.encodedLength()));
            int handle = storeRecord(json);
            place.write(deployment.replacing(at, token.handle(), deployment.idHash(at), handle));
        }
    }

    /** Removes every token of one Deployment. */
    public void clear(DeploymentKey key) {
        Place place = new Place(key);
        synchronized (lock) {
            DeploymentRecord deployment = place.find();
            place.write(DeploymentRecord.empty(place.prefix));
            for (int i = 0; i < deployment.count(); i++) {
                releaseToken(deployment, i);
            }
            resetIfEmpty();
        }
    }

    /** Empties the whole store. */
    public void clearAll() {
        synchronized (lock) {
            arena.reset();
            table = new DeploymentTable();
            budget.reset();
        }
    }

    /** What the store holds, in bytes of whole cells, and what it may hold. */
    public StoreBudget budget() {
        return budget;
    }

    /** A store emptied by deletes gives back the heap of its peak ({@link CellArena#reset}). */
    private void resetIfEmpty() {
        if (arena.cellsInUse() == 0) {
            arena.reset();
            table = new DeploymentTable();
        }
    }

    private int storeRecord(byte[] record) {
        int handle = arena.store(record);
        budget.take((long) CellArena.cellsFor(record.length) * CellArena.CELL_BYTES);
        return handle;
    }

    private void release(int handle) {
        budget.release((long) arena.release(handle) * CellArena.CELL_BYTES);
    }

    private void releaseToken(DeploymentRecord deployment, int index) {
        release(deployment.token(index));
        if (deployment.json(index) != 0) {
            release(deployment.json(index));
        }
    }

    /** Where one Deployment's record is: found, replaced and removed under the store's lock. */
    private final class Place {
        private final byte[] prefix;
        private final int hash;
        private int slot = -1;
        private int length;

        Place(DeploymentKey key) {
            prefix = DeploymentRecord.prefixOf(key);
            hash = DeploymentRecord.hashOf(prefix);
        }

        /** The Deployment's record; an empty one (not in the store) when it has no tokens. */
        DeploymentRecord find() {
            slot = table.find(hash, handle -> arena.startsWith(handle, prefix));
            if (slot < 0) {
                return DeploymentRecord.empty(prefix);
            }
            byte[] record = arena.load(table.handle(slot));
            length = record.length;
            return DeploymentRecord.parse(record);
        }

        /** The index of the token with this id in the record, or -1. */
        int indexOf(DeploymentRecord deployment, int idHash, byte[] idPrefix) {
            for (int i = 0; i < deployment.count(); i++) {
                if (deployment.idHash(i) == idHash && arena.startsWith(deployment.token(i), idPrefix)) {
                    return i;
                }
            }
            return -1;
        }

        /** The cells the record {@link #find} found takes (0 when the Deployment has none). */
        int cells() {
            return slot < 0 ? 0 : CellArena.cellsFor(length);
        }

        /**
         * Puts the changed record in place of the one {@link #find} found; a Deployment left without
         * tokens leaves the table. The old record's cells are given back first, so they serve the new one.
         */
        void write(DeploymentRecord changed) {
            byte[] record = changed.count() == 0 ? null : changed.encode();
            if (record != null) {
                arena.ensureRoom(CellArena.cellsFor(record.length)); // any array it needs, before anything changes
            }
            if (slot >= 0) {
                release(table.handle(slot));
            }
            if (record == null) {
                if (slot >= 0) {
                    table.remove(slot);
                }
            } else if (slot >= 0) {
                table.replace(slot, storeRecord(record));
            } else {
                table.insert(hash, storeRecord(record));
            }
            slot = -1; // one write per find: the table may have moved its entries
        }
    }
}
