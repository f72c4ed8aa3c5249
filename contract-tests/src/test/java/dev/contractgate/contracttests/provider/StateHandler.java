package dev.contractgate.contracttests.provider;

import java.util.Map;

/** Sets up and tears down the provider states interactions name, wherever the provider runs. */
interface StateHandler {

    void setUp(String state, Map<String, Object> params);

    void tearDown(String state, Map<String, Object> params);
}
