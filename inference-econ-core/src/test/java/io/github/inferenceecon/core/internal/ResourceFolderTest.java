/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ResourceFolderTest {

  private static final ResourceFolder.Locator KNOWN =
      path -> KnownArchitectures.class.getResource(path);

  /** A class to copy into a jar, so that resources can be looked up next to it there. */
  static final class Anchor {
    private Anchor() {}
  }

  /** A class loader that counts its resource look-ups. */
  private static final class CountingLoader extends URLClassLoader {
    int lookUps;

    CountingLoader(URL jar) {
      super(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
    }

    @Override
    public URL getResource(String name) {
      lookUps++;
      return super.getResource(name);
    }
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    jar.write(bytes);
    jar.closeEntry();
  }

  //--- of(Locator, String) -----------------------------------------------------------------------

  @Test
  void of_folderWithoutSlash_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResourceFolder.of(KNOWN, "known"))
        .withMessage("Resource folder must end in '/': 'known'");
  }

  @Test
  void of_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> ResourceFolder.of(null, ""))
        .withMessage("locator");
    assertThatNullPointerException().isThrownBy(() -> ResourceFolder.of(KNOWN, null))
        .withMessage("folder");
  }

  //--- open(String) -----------------------------------------------------------------------------

  @Test
  void open_directory_isWhatGetResourceAsStreamReads() throws IOException {
    ResourceFolder known = ResourceFolder.of(KNOWN, "known/");

    for (String name : new String[] {"architectures.json", "gemma-2-9b.config.json",
        "architectures.json"}) {
      assertThat(read(known.open(name))).as(name)
          .isEqualTo(read(KnownArchitectures.class.getResourceAsStream("known/" + name)));
    }
  }

  @Test
  void open_jar_looksTheFolderUpOnce(@TempDir Path dir) throws Exception {
    String anchorFile = Anchor.class.getName().replace('.', '/') + ".class";
    String folder = anchorFile.substring(0, anchorFile.lastIndexOf('/') + 1);
    Path jarFile = dir.resolve("resources.jar");
    try (OutputStream out = Files.newOutputStream(jarFile);
        JarOutputStream jar = new JarOutputStream(out);
        InputStream anchor = Anchor.class.getClassLoader().getResourceAsStream(anchorFile)) {
      put(jar, anchorFile, anchor.readAllBytes());
      put(jar, folder + "a.json", "[1]".getBytes(StandardCharsets.UTF_8));
      put(jar, folder + "b.json", "[2]".getBytes(StandardCharsets.UTF_8));
    }
    try (CountingLoader loader = new CountingLoader(jarFile.toUri().toURL())) {
      Class<?> anchor = Class.forName(Anchor.class.getName(), false, loader);
      assertThat(anchor.getClassLoader()).isSameAs(loader);
      ResourceFolder resources = ResourceFolder.of(anchor::getResource, "");

      assertThat(read(resources.open("a.json"))).isEqualTo("[1]");
      assertThat(read(resources.open("b.json"))).isEqualTo("[2]");
      assertThat(read(resources.open("a.json"))).isEqualTo("[1]");
      // the first open looked the folder up; the others opened their URL next to it
      assertThat(loader.lookUps).isEqualTo(1);
      assertThatThrownBy(() -> resources.open("c.json"))
          .isInstanceOf(FileNotFoundException.class)
          .hasMessage("Missing resource 'c.json'");
    }
  }

  @Test
  void open_missing_throws() {
    ResourceFolder known = ResourceFolder.of(KNOWN, "known/");

    assertThatThrownBy(() -> known.open("no-such-model.json"))
        .isInstanceOf(FileNotFoundException.class)
        .hasMessage("Missing resource 'known/no-such-model.json'");
  }

  @Test
  void open_null_throws() {
    assertThatNullPointerException()
        .isThrownBy(() -> ResourceFolder.of(KNOWN, "").open(null)).withMessage("name");
  }
}
