/** An application that uses dispute-model as a module (and does not add Jackson). */
module dev.disputemodel.example.modular {
  requires dev.disputemodel;
}
