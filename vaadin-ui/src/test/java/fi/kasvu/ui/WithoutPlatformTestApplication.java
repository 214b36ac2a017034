package fi.kasvu.ui;

import fi.kasvu.platform.PlatformTestApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps the platform's own test application out of Kasvu's component scan. The platform's test-jar puts it on the
 * class path below {@code fi.kasvu}, and scanned as a configuration it would register the platform's repositories a
 * second time.
 */
class WithoutPlatformTestApplication extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory) {
        return metadataReader.getClassMetadata().getClassName().equals(PlatformTestApplication.class.getName());
    }

    // test contexts are cached by their configuration, this filter included
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
