/**
 * Feature: profile pages — the HTML an entity IRI answers a browser with, one SPARQL file per section
 * ({@code profiles/<type>/*.rq}), and the short profile of the explorer's side panel. Plugs into
 * {@code linkeddata} through its {@code EntityProfilePage} hook. May use {@code linkeddata}, {@code sparql},
 * {@code system}, {@code store}.
 */
package org.diplokg.profiles;
