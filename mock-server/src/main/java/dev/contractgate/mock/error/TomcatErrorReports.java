package dev.contractgate.mock.error;

import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts {@link JsonErrorReportValve} in place of Tomcat's HTML error report valve, after Tomcat is
 * created and before its connector accepts requests.
 */
@Component
public class TomcatErrorReports implements SmartInitializingSingleton {

    private final ApplicationContext context;

    public TomcatErrorReports(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (context instanceof ServletWebServerApplicationContext web && web.getWebServer() instanceof TomcatWebServer tomcat) {
            Host host = tomcat.getTomcat().getHost();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReportValve)) {
                    pipeline.removeValve(valve);
                }
            }
            JsonErrorReportValve json = new JsonErrorReportValve();
            pipeline.addValve(json);
        }
    }
}
