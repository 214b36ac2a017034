package fi.kasvu.provisioning.branding;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fi.kasvu.platform.tenancy.Branding;
import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.provisioning.branding.InvalidBrandingException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * How a municipality's portal looks, as its city admin sets it: names, primary colour and logo, kept in the registry,
 * whose cache this node empties at once, so the portal shows a change on its next page without a restart (other nodes
 * within {@code kasvu.tenancy.cache-ttl}). A new name also goes on the municipality's sign-in pages.
 */
@Service
public class PortalBranding {

    /** The largest logo, in bytes. */
    public static final int LARGEST_LOGO = LogoImage.LARGEST;
    /** What a logo may be; told from the file's content, not from its name or declared type. */
    public static final List<String> LOGO_TYPES = List.of("image/png", "image/jpeg", "image/webp", "image/svg+xml");

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int LONGEST_NAME = 120;
    private static final Logger log = LoggerFactory.getLogger(PortalBranding.class);

    private final TenantRegistry registry;
    private final TenantRealms realms;

    PortalBranding(TenantRegistry registry, TenantRealms realms) {
        this.registry = registry;
        this.realms = realms;
    }

    public PortalLook look(TenantId tenant) {
        Tenant current = registry.get(tenant);
        return new PortalLook(current.displayName(), current.branding().name(), current.branding().primaryColour(),
                registry.logo(tenant).isPresent());
    }

    /** Throws {@link InvalidBrandingException} naming each field that is wrong; then nothing changes. */
    public void rebrand(TenantId tenant, String displayName, String brandName, String primaryColour) {
        var problems = new ArrayList<FieldProblem>();
        String display = name("displayName", displayName, "Enter the municipality's name.", problems);
        String brand = name("brandName", brandName, "Enter the name the portal's front page shows.", problems);
        String colour = primaryColour == null ? "" : primaryColour.strip();
        if (!COLOUR.matcher(colour).matches()) {
            problems.add(new FieldProblem("primaryColour", "Write the colour as #rrggbb, for example #1a5fb4."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidBrandingException(problems);
        }
        if (!registry.get(tenant).displayName().equals(display)) {
            realms.rename(tenant, display); // first: should Keycloak fail, nothing has changed
            registry.rename(tenant, display);
        }
        registry.rebrand(tenant, new Branding(brand, colour));
        log.info("the portal of '{}' was rebranded", tenant.slug());
    }

    /** Throws {@link InvalidBrandingException} on the field {@code logo} when the bytes are no acceptable image. */
    public void changeLogo(TenantId tenant, byte[] bytes) {
        var logo = LogoImage.of(bytes);
        registry.changeLogo(tenant, logo);
        log.info("the portal of '{}' got a new logo ({}, {} bytes)", tenant.slug(), logo.mediaType(), logo.bytes().length);
    }

    /** As {@link #changeLogo(TenantId, byte[])}, reading no more of the file than a logo may have. */
    public void changeLogo(TenantId tenant, InputStream file) throws IOException {
        byte[] bytes = file.readNBytes(LARGEST_LOGO + 1);
        if (bytes.length > LARGEST_LOGO) {
            throw InvalidBrandingException.of("logo", "The logo can be at most " + LARGEST_LOGO / 1024
                    + " KB; this file is larger.");
        }
        changeLogo(tenant, bytes);
    }

    public void removeLogo(TenantId tenant) {
        registry.removeLogo(tenant);
        log.info("the portal of '{}' lost its logo", tenant.slug());
    }

    private static String name(String field, String value, String missing, List<FieldProblem> problems) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem(field, missing));
        } else if (name.length() > LONGEST_NAME) {
            problems.add(new FieldProblem(field, "The name can be at most " + LONGEST_NAME + " characters long."));
        }
        return name;
    }
}
