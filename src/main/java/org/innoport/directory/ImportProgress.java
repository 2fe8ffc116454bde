package org.innoport.directory;

/** Receives an import's progress (0..100) and rows read so far; the job runner can show it. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (percent, rowsRead) -> { };

    void update(int percent, int rowsRead);
}
