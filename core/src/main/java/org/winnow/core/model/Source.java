package org.winnow.core.model;

/** A named place records came from (a database, register, website...). */
public record Source(long id, String name, SourceType type) {}
