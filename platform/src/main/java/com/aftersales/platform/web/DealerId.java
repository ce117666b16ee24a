package com.aftersales.platform.web;

/**
 * The dealership a request acts for. Every query and command is scoped to it. Controllers take it as a
 * parameter; today it comes from the {@value DealerIdResolver#HEADER} header, later from the signed token.
 */
public record DealerId(String value) {

    @Override
    public String toString() {
        return value;
    }
}
