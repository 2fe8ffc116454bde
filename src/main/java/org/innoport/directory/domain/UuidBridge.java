package org.innoport.directory.domain;

import java.util.UUID;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** Indexes a UUID reference as its text, for filters such as "labs of organisation X". */
public class UuidBridge implements ValueBridge<UUID, String> {

    @Override
    public String toIndexedValue(UUID value, ValueBridgeToIndexedValueContext context) {
        return value == null ? null : value.toString();
    }
}
