package org.innoport.exchange.domain;

import java.util.UUID;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** Indexes a UUID as its text, for filters such as "listings of organisation X". */
public class UuidKeyBridge implements ValueBridge<UUID, String> {

    @Override
    public String toIndexedValue(UUID value, ValueBridgeToIndexedValueContext context) {
        return value == null ? null : value.toString();
    }
}
