package org.innoport.tasks;

/** Level of a task; the city runs its own level (CITY) and registers the others. */
public enum TaskLevel {
    NATIONAL, MINISTERIAL, CITY, GRASSROOTS
}
