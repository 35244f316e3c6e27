package org.negsim.model;

import java.util.List;
import java.util.Set;

/**
 * Picks actors: {@code "all"}, a list of ids, or an object whose fields {@code kinds},
 * {@code groups} and {@code ids} are each an OR-list and are ANDed together. A {@code null}
 * field places no constraint.
 */
public record Selector(Set<String> kinds, Set<String> groups, Set<String> ids) {

    /** The selector {@code "all"}. */
    public static final Selector ALL = new Selector(null, null, null);

    /** A selector of exactly these ids. */
    public static Selector ofIds(Set<String> ids) {
        return new Selector(null, null, ids);
    }

    /** Whether the actor matches every field of this selector. */
    public boolean matches(Actor actor) {
        if (kinds != null && !kinds.contains(actor.kind())) {
            return false;
        }
        if (ids != null && !ids.contains(actor.id())) {
            return false;
        }
        if (groups != null) {
            List<String> own = actor.groups();
            for (String g : own) {
                if (groups.contains(g)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
