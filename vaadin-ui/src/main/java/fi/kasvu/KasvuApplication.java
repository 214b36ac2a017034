package fi.kasvu;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Kasvu as one deployable application. It sits in {@code fi.kasvu} so that it picks up the platform, provisioning,
 * search and the UI. The stylesheets are loaded at run time, which keeps Vaadin on its prebuilt production bundle:
 * the build needs no Node.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kasvu.css")
public class KasvuApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KasvuApplication.class, args);
    }
}
