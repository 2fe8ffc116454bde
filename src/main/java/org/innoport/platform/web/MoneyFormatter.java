package org.innoport.platform.web;

import java.util.Locale;
import org.innoport.shared.Money;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets forms and query parameters bind {@link Money} as people type it in their language ({@code 1.500.000 ₫});
 * a value that is not an amount becomes the usual {@code typeMismatch} field error.
 */
@Component
class MoneyFormatter implements Formatter<Money>, WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(this);
    }

    @Override
    public Money parse(String text, Locale locale) {
        return Money.parse(text, locale);
    }

    @Override
    public String print(Money money, Locale locale) {
        return money.formatNumber(locale);
    }
}
