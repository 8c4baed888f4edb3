package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.ContentProblem;
import dev.tpmfaqbot.content.InvalidContentException;
import dev.tpmfaqbot.onboarding.Schedule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run needs, read and checked before anything starts: the core settings, who may reach
 * the HTTP server and the owner's page, the content, the onboarding schedule and the chat platforms
 * whose variables are set. Every problem is collected and reported together.
 */
public record Configuration(
        CoreSettings core,
        HttpSettings http,
        Content content,
        Schedule schedule,
        List<ConfiguredAdapter<?>> adapters,
        AdminSettings admin) {

    public Configuration {
        adapters = List.copyOf(adapters);
    }

    public static Configuration read(Environment environment, List<AdapterModule<?>> modules)
            throws InvalidConfigurationException {
        ConfigProblems problems = new ConfigProblems();
        Optional<CoreSettings> core = CoreSettings.read(environment, problems);
        Optional<HttpSettings> http = HttpSettings.read(environment, problems);
        Optional<AdminSettings> admin = AdminSettings.read(environment, problems);
        Optional<Schedule> schedule = ScheduleSettings.read(environment, problems);
        List<ConfiguredAdapter<?>> adapters = new ArrayList<>();
        for (AdapterModule<?> module : modules) {
            configure(module, environment, problems).ifPresent(adapters::add);
        }
        Optional<Content> content =
                CoreSettings.readableFaqDir(environment)
                        .flatMap(folder -> content(folder, problems));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems.list());
        }
        return new Configuration(
                core.orElseThrow(),
                http.orElseThrow(),
                content.orElseThrow(),
                schedule.orElseThrow(),
                adapters,
                admin.orElseThrow());
    }

    private static <S> Optional<ConfiguredAdapter<?>> configure(
            AdapterModule<S> module, Environment environment, ConfigProblems problems) {
        return module.settings(environment, problems)
                .map(settings -> new ConfiguredAdapter<>(module, settings));
    }

    private static Optional<Content> content(Path folder, ConfigProblems problems) {
        try {
            return Optional.of(ContentLoader.load(folder));
        } catch (InvalidContentException e) {
            for (ContentProblem problem : e.problems()) {
                problems.add(CoreSettings.FAQ_DIR, problem.toString());
            }
            return Optional.empty();
        }
    }
}
