package dev.contractgate.gate;

import dev.contractgate.conformance.core.BadInputException;
import java.net.URI;
import java.net.URISyntaxException;

/** A URL a user gave for a server: absolute, http or https, with a host; anything else is bad input naming its flag. */
public final class HttpUrl {

    private HttpUrl() {
    }

    public static URI parse(String url, String flag) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new BadInputException(flag + " must be an http or https URL with a host, not '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadInputException(flag + " is not a URL: '" + url + "' (" + e.getReason() + ")");
        }
    }
}
