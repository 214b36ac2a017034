package fi.kasvu.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text of the UI in Kasvu's three languages. Each feature keeps its own bundle: {@code i18n/<feature>.properties}
 * holds the Finnish texts (Finnish is the default), {@code <feature>_sv.properties} the Swedish and
 * {@code <feature>_en.properties} the English ones, all UTF-8. Keys start with the feature's name
 * ({@code attendance.mark.title}) so bundles never collide; a key defined twice is a start-up error, and a test
 * checks that every key has all three languages. Parameters use {@link MessageFormat}: {@code {0}}; an apostrophe in a
 * text is always an apostrophe, never MessageFormat's quote.
 *
 * <p>A key without a text in the language asked for falls back to Finnish, and a key unknown altogether is shown
 * as {@code !key!} (and logged once), so a missing text is visible rather than silent.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> LANGUAGES = List.of(FINNISH, SWEDISH, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final Map<String, Map<String, String>> textsByLanguage;
    private final Set<String> reportedMissing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Translations() {
        this("classpath*:i18n/*.properties");
    }

    Translations(String pattern) {
        this.textsByLanguage = load(pattern);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String language = supported(locale).getLanguage();
        String text = textsByLanguage.getOrDefault(language, Map.of()).get(key);
        if (text == null) {
            text = textsByLanguage.getOrDefault(FINNISH.getLanguage(), Map.of()).get(key);
        }
        if (text == null) {
            if (reportedMissing.add(key)) {
                log.warn("no text for the key '{}'", key);
            }
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return text;
        }
        // an apostrophe is a quote to MessageFormat; texts mean it as an apostrophe ("pupils' guardians")
        return new MessageFormat(text.replace("'", "''"), supported(locale)).format(params);
    }

    /** The language among Kasvu's three closest to the one asked for: Finnish unless Swedish or English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return FINNISH;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(FINNISH);
    }

    /** The keys known in a language, for the test that keeps the three complete. */
    Set<String> keys(Locale locale) {
        return new TreeSet<>(textsByLanguage.getOrDefault(supported(locale).getLanguage(), Map.of()).keySet());
    }

    private static Map<String, Map<String, String>> load(String pattern) {
        Map<String, Map<String, String>> texts = new HashMap<>();
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new IllegalStateException("the UI's texts could not be listed: " + e.getMessage(), e);
        }
        for (Resource resource : resources) {
            String name = resource.getFilename();
            if (name == null) {
                continue;
            }
            String base = name.substring(0, name.length() - ".properties".length());
            String language = FINNISH.getLanguage();
            int underscore = base.lastIndexOf('_');
            if (underscore > 0) {
                language = base.substring(underscore + 1);
            }
            Map<String, String> into = texts.computeIfAbsent(language, l -> new HashMap<>());
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalStateException("the UI's texts in " + name + " could not be read: " + e.getMessage(), e);
            }
            for (String key : properties.stringPropertyNames()) {
                String before = into.put(key, properties.getProperty(key));
                if (before != null && !before.equals(properties.getProperty(key))) {
                    throw new IllegalStateException("the text key '" + key + "' is defined twice in language "
                            + language + " (" + name + " and another bundle)");
                }
            }
        }
        return texts;
    }
}
