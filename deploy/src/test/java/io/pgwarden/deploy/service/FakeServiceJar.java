package io.pgwarden.deploy.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes an executable jar that runs {@link FakeService}, where a service's quarkus-run.jar would be. */
public final class FakeServiceJar {

    private FakeServiceJar() {
    }

    public static void writeTo(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String classFile = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream bytes = FakeService.class.getClassLoader().getResourceAsStream(classFile)) {
            out.putNextEntry(new JarEntry(classFile));
            bytes.transferTo(out);
            out.closeEntry();
        }
    }

    /** A directory that looks like a built pgwarden checkout: mvnw, deploy/pom.xml and a jar for every service. */
    public static Path fakeRepository(Path root) throws IOException {
        Files.createDirectories(root.resolve("deploy"));
        Files.writeString(root.resolve("mvnw"), "#!/bin/sh\n");
        Files.writeString(root.resolve("deploy/pom.xml"), "<project/>\n");
        for (PgwardenService service : PgwardenService.values()) {
            writeTo(root.resolve(service.moduleName()).resolve("target/quarkus-app/quarkus-run.jar"));
        }
        return root;
    }
}
