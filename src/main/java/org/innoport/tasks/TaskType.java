package org.innoport.tasks;

/** Kinds of S&T task: research topic, pilot production project, scientific scheme, S&T project. */
public enum TaskType {
    RESEARCH_TOPIC, PILOT_PRODUCTION_PROJECT, SCIENTIFIC_SCHEME, ST_PROJECT
}
