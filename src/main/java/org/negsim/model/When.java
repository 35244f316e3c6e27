package org.negsim.model;

/** When a stage runs, relative to the most recent stage that ran. */
public enum When {
    /** always (default) */
    ALWAYS,
    /** only if the most recent stage that ran failed */
    PREVIOUS_FAILED,
    /** only if the most recent stage that ran succeeded */
    PREVIOUS_SUCCEEDED
}
