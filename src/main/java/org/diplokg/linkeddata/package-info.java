/**
 * Feature: Linked Data publishing: dereferenceable entity IRIs (HTML, Turtle, JSON-LD), the ontology
 * document, the VoID description, the JSON-LD context and whole-dataset dumps. May use {@code sparql},
 * {@code system}, {@code store}, {@code text}, {@code ontology}.
 */
package org.diplokg.linkeddata;
