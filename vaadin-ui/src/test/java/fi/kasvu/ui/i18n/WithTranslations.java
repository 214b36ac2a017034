package fi.kasvu.ui.i18n;

import java.lang.reflect.Proxy;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import com.vaadin.flow.server.VaadinServletService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * For tests of a form or component on its own, without a server: Kasvu's real {@link Translations} answer the
 * component's {@code getTranslation}, in Finnish unless the test class sets another language with
 * {@link #language(Locale)} (it holds until changed). Only the I18N provider is wired; anything else asked of the instantiator
 * fails loudly rather than quietly doing nothing.
 */
public class WithTranslations implements TestInstancePreConstructCallback, BeforeEachCallback, AfterEachCallback {

    private static final Translations TRANSLATIONS = new Translations();
    private static final ApplicationConfiguration CONFIGURATION = (ApplicationConfiguration) Proxy.newProxyInstance(
            ApplicationConfiguration.class.getClassLoader(), new Class<?>[] {ApplicationConfiguration.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "isProductionMode" -> true;
                case "getBooleanProperty" -> args[1];
                case "getStringProperty" -> args[1];
                case "toString" -> "the tests' configuration (production mode)";
                default -> throw new UnsupportedOperationException("a test without a server has no " + method);
            });
    private static final VaadinContext CONTEXT = (VaadinContext) Proxy.newProxyInstance(
            VaadinContext.class.getClassLoader(), new Class<?>[] {VaadinContext.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "getAttribute" -> args[0] == ApplicationConfiguration.class ? CONFIGURATION : null;
                case "toString" -> "the tests' context";
                default -> throw new UnsupportedOperationException("a test without a server has no " + method);
            });
    private static Locale language = Translations.FINNISH;
    /** Held here: Vaadin keeps its current instances by weak reference, and a collected service loses the texts. */
    private static VaadinService service;
    private static UI ui;

    /** The language of the next test's UI. */
    public static void language(Locale locale) {
        language = locale;
    }

    /** Before the test's instance, since its fields may hold components made as it is made. */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        beforeEach(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (UI.getCurrent() != null && VaadinService.getCurrent() != null) {
            return;
        }
        Instantiator instantiator = (Instantiator) Proxy.newProxyInstance(Instantiator.class.getClassLoader(),
                new Class<?>[] {Instantiator.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getI18NProvider" -> TRANSLATIONS;
                    case "toString" -> "the tests' instantiator (translations only)";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("a test without a server has no " + method);
                });
        service = new VaadinServletService() {
            @Override
            public Instantiator getInstantiator() {
                return instantiator;
            }

            /** Components ask it whether to track where they were made: not here (production mode). */
            @Override
            public VaadinContext getContext() {
                return CONTEXT;
            }
        };
        VaadinService.setCurrent(service);
        ui = new UI();
        ui.setLocale(language);
        UI.setCurrent(ui);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
        ui = null;
        service = null;
    }
}
