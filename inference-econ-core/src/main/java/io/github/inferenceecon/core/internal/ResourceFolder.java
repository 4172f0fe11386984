/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Opens the bundled resources of one folder, such as the price catalogs next to
 * {@code PriceCatalog}, looking the folder up through the class loader only once.
 *
 * <p>The first look-up is made by a {@link Locator} that the module owning the resources
 * supplies, as a lambda written in that module: on the module path, {@link Class#getResource}
 * finds a resource in a package that is not opened only when the caller is in the resource's own
 * module. A look-up made here, in core, would not find the bundled files of the pricing and
 * hardware modules, whose packages are opened to Jackson alone.
 *
 * <p>{@link Class#getResourceAsStream(String)} asks every parent class loader first, and the
 * JDK's loaders search each of their modules for the name: about half a millisecond a resource
 * in a fresh JVM, a tenth of the time of loading every bundled catalog. This class finds the
 * first resource that way, then opens the others by their URL relative to it (in a jar, a
 * directory or a run-time image alike). If a relative URL cannot be opened, it falls back to
 * {@code getResourceAsStream}, so the result is always the same resource.
 *
 * <p>Not part of the public API. Instances are thread-safe.
 */
public final class ResourceFolder {

  /**
   * Finds a resource by its path, as {@link Class#getResource(String)} does when it is called in
   * the module that holds the resource, such as {@code path -> PriceCatalog.class.getResource(path)}.
   */
  @FunctionalInterface
  public interface Locator {

    /**
     * Finds a resource.
     *
     * @param path the path, relative to the owner's package unless it starts with '/', not null
     * @return the resource's URL, or null if there is no such resource
     */
    @Nullable URL find(String path);
  }

  private final Locator locator;
  private final String folder;
  private volatile @Nullable URL known;

  private ResourceFolder(Locator locator, String folder) {
    this.locator = locator;
    this.folder = folder;
  }

  /**
   * Obtains the folder of resources at a path that a locator resolves.
   *
   * @param locator the look-up of the module that owns the resources, written in that module,
   *     such as {@code path -> PriceCatalog.class.getResource(path)}, not null
   * @param folder the folder, empty for the locator's own package or ending in '/', such as
   *     {@code known/}, not null
   * @return the folder, not null
   * @throws IllegalArgumentException if the folder is neither empty nor ends in '/'
   */
  public static ResourceFolder of(Locator locator, String folder) {
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(folder, "folder");
    if (!folder.isEmpty() && !folder.endsWith("/")) {
      throw new IllegalArgumentException("Resource folder must end in '/': '" + folder + "'");
    }
    return new ResourceFolder(locator, folder);
  }

  /**
   * Opens a resource of the folder.
   *
   * @param name the file name, such as {@code anthropic.json}, not null
   * @return the stream, to be closed by the caller, not null
   * @throws FileNotFoundException if there is no such resource
   * @throws IOException if the resource cannot be opened
   */
  public InputStream open(String name) throws IOException {
    Objects.requireNonNull(name, "name");
    URL base = known;
    if (base != null && name.indexOf('/') < 0) {
      InputStream in;
      try {
        // URL(URL, String) resolves a name against a jar:, file: or jrt: URL alike;
        // URI.resolve does not handle the opaque jar: form
        in = new URL(base, name).openStream();
      } catch (IOException e) {
        // a malformed name, no such file next to the known one, or a URL scheme that cannot
        // open siblings (MalformedURLException is an IOException)
        in = null;
      }
      if (in != null) {
        return in;
      }
    }
    String path = folder.concat(name);
    URL url = locator.find(path);
    if (url == null) {
      throw new FileNotFoundException("Missing resource '" + path + "'");
    }
    // what Class.getResourceAsStream does after its look-up
    InputStream in = url.openStream();
    if (name.indexOf('/') < 0) {
      known = url;
    }
    return in;
  }
}
