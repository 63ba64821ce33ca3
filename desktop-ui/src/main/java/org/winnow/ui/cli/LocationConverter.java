package org.winnow.ui.cli;

import org.winnow.core.location.ProjectLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a project argument: a folder, or a PostgreSQL URL {@code
 * postgresql://[user@]host[:port]/db}. One place for every verb, so each takes either.
 */
final class LocationConverter implements ITypeConverter<ProjectLocation> {
  @Override
  public ProjectLocation convert(String value) {
    try {
      return ProjectLocation.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
