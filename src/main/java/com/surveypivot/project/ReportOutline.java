package com.surveypivot.project;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The report outline: the tables and maps the user keeps, in report order. Plain Java (the window shows it in a
 * list and listens for changes; a project file stores its {@link #entries()}). Every change tells the listeners.
 */
public final class ReportOutline {
    private final List<SavedEntry> entries = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** The entries, in report order (a copy). */
    public List<SavedEntry> entries() {
        return List.copyOf(entries);
    }

    public int size() {
        return entries.size();
    }

    /** A new id for an entry. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Adds an entry at the end and returns it. */
    public SavedEntry add(SavedEntry entry) {
        entries.add(entry);
        changed();
        return entry;
    }

    /** Puts other entries in place of all (a project was opened, or a new survey). */
    public void replaceAll(List<SavedEntry> newEntries) {
        entries.clear();
        entries.addAll(newEntries);
        changed();
    }

    /** Replaces the entry with the same id (renamed, note edited, state updated); false when there is none. */
    public boolean update(SavedEntry entry) {
        int at = indexOf(entry.id());
        if (at < 0) {
            return false;
        }
        entries.set(at, entry);
        changed();
        return true;
    }

    /** Moves an entry to another place (positions as before the move; clamped). */
    public void move(int from, int to) {
        if (from < 0 || from >= entries.size()) {
            return;
        }
        int target = Math.max(0, Math.min(to, entries.size() - 1));
        if (target == from) {
            return;
        }
        entries.add(target, entries.remove(from));
        changed();
    }

    /** A copy of an entry right after it, with a new id; null when there is none. */
    public SavedEntry duplicate(String id, String copyName) {
        int at = indexOf(id);
        if (at < 0) {
            return null;
        }
        SavedEntry copy = entries.get(at).withId(newId()).withName(copyName);
        entries.add(at + 1, copy);
        changed();
        return copy;
    }

    public boolean remove(String id) {
        int at = indexOf(id);
        if (at < 0) {
            return false;
        }
        entries.remove(at);
        changed();
        return true;
    }

    public int indexOf(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
