package io.activityplatform.api.model;

/** Order of a list by creation time (ties broken by id, so the order is total and keyset paging is exact). */
public enum SortOrder {
    /** Oldest first. */
    ASC,
    /** Newest first. */
    DESC
}
